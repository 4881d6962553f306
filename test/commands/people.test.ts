import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { edit } from '../../src/commands/edit.js';
import { give } from '../../src/commands/ledger.js';
import { list } from '../../src/commands/list.js';
import { rm } from '../../src/commands/rm.js';
import { show } from '../../src/commands/show.js';
import { touch } from '../../src/commands/touch.js';
import { dump, noPrompts, testEnv } from '../helpers/db.js';

describe('add', () => {
  it('records every flag and reads it back', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', origin: 'work' }, deps);
    const r = await add(
      {
        name: '  Aiko   Tanaka ',
        origin: 'study-group',
        nick: ['Ai', 'Ai', ' '],
        tag: ['dev', 'ts'],
        note: 'runs the TS group',
        date: '2025-06-01',
        every: '2 weeks',
        birthday: '05-15',
        ahead: true,
        chemistry: false,
      },
      deps,
    );
    expect(r.person).toMatchObject({
      name: 'Aiko Tanaka',
      nicknames: ['Ai'],
      tags: ['dev', 'ts'],
      origin: 'study-group',
      met: '2025-06-01',
      every: '2w',
      birthday: '--05-15',
      ahead: true,
      chemistry: false,
      target: false,
      note: 'runs the TS group',
    });
    expect(r.findings).toEqual([]);
  });

  it('defaults the met date to today, and a target has none until met', async () => {
    const { deps } = testEnv();
    expect((await add({ name: 'Yumi Ono' }, deps)).person).toMatchObject({
      met: '2026-11-22',
      origin: 'other',
    });
    const target = await add({ name: 'Famous Author', target: true }, deps);
    expect(target.person).toMatchObject({ met: null, target: true });
    await touch({ person: 'Famous Author', date: '2026-11-20' }, deps);
    expect((await show({ person: 'Famous Author' }, deps)).person).toMatchObject({
      target: false,
      met: '2026-11-20',
    });
  });

  it('--via records who introduced you', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato' }, deps);
    const r = await add({ name: 'Client Kimura', via: 'ken', date: '2026-11-01' }, deps);
    expect(r.person).toMatchObject({ origin: 'intro', introducer: { name: 'Ken Sato' } });
    expect((await show({ person: 'Ken Sato' }, deps)).introduced).toMatchObject([
      { name: 'Client Kimura', date: '2026-11-01' },
    ]);
  });

  it('accepts Japanese origin aliases', async () => {
    const { deps } = testEnv();
    expect((await add({ name: '藤田 直樹', origin: '学校' }, deps)).person.origin).toBe('school');
  });

  it('refuses a second person of the same name unless --again', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato' }, deps);
    await expect(add({ name: 'ken  sato' }, deps)).rejects.toMatchObject({
      key: 'personExists',
      exitCode: 1,
    });
    await add({ name: 'Ken Sato', again: true }, deps);
    expect((await list({}, deps)).count).toBe(2);
  });
});

describe('list and show', () => {
  it('lists people with their balance and last touch, filtered by tag', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', tag: ['dev'], date: '2025-01-01' }, deps);
    await add({ name: 'Ken Sato', date: '2025-01-01' }, deps);
    await give({ person: 'Aiko', what: 'lent a book', date: '2026-10-01' }, deps);
    const all = await list({}, deps);
    expect(all.people.map((p) => [p.name, p.gives, p.takes, p.lastTouch])).toEqual([
      ['Aiko Tanaka', 1, 0, '2026-10-01'],
      ['Ken Sato', 0, 0, null],
    ]);
    expect((await list({ tag: 'DEV' }, deps)).people.map((p) => p.name)).toEqual(['Aiko Tanaka']);
    expect((await list({ tag: 'none-such' }, deps)).count).toBe(0);
  });

  it('shows a timeline in date order', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-01-01' }, deps);
    await touch({ person: 'Aiko Tanaka', note: 'coffee', date: '2026-03-01' }, deps);
    await give({ person: 'Aiko Tanaka', what: 'feedback', date: '2026-02-01' }, deps);
    const r = await show({ person: 'aiko' }, deps);
    expect(r.timeline.map((i) => [i.date, i.type])).toEqual([
      ['2025-01-01', 'met'],
      ['2026-02-01', 'give'],
      ['2026-03-01', 'touch'],
    ]);
    expect(r.lastTouch).toBe('2026-03-01');
    expect(r.balance).toEqual({ gives: 1, takes: 0 });
  });
});

describe('edit', () => {
  it('changes only what it is told and reports what changed', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', tag: ['old'], nick: ['Ken'] }, deps);
    const r = await edit(
      {
        person: 'Ken Sato',
        name: 'Kenji Sato',
        tag: ['client'],
        untag: ['old'],
        dropNick: ['Ken'],
        every: '1m',
        ahead: true,
      },
      deps,
    );
    expect(r.changed).toEqual(['name', 'nicknames', 'tags', 'every', 'ahead']);
    expect(r.person).toMatchObject({
      name: 'Kenji Sato',
      tags: ['client'],
      nicknames: [],
      every: '1m',
      ahead: true,
    });
    const cleared = await edit({ person: 'Kenji', every: 'none', note: '' }, deps);
    expect(cleared.person).toMatchObject({ every: null, note: null });
  });

  it('refuses an edit with nothing to change', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato' }, deps);
    await expect(edit({ person: 'Ken Sato' }, deps)).rejects.toMatchObject({
      key: 'nothingToEdit',
      exitCode: 2,
    });
  });
});

describe('rm', () => {
  it('removes a person and their history with --yes', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Card Person' }, deps);
    await give({ person: 'Card Person', what: 'x' }, deps);
    expect(await rm({ person: 'Card Person', yes: true }, deps)).toMatchObject({ entries: 1 });
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(0);
  });

  it('needs --yes without a terminal, and keeps the person when the answer is no', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Card Person' }, deps);
    const before = dump(db);
    await expect(rm({ person: 'Card Person' }, deps)).rejects.toMatchObject({
      key: 'rmNeedsYes',
      exitCode: 2,
    });
    const asked: string[] = [];
    const no = { ...noPrompts, confirm: async (m: string) => (asked.push(m), false) };
    await expect(
      rm({ person: 'Card Person' }, { ...deps, interactive: true, prompt: no }),
    ).rejects.toMatchObject({
      key: 'rmCancelled',
    });
    expect(asked[0]).toContain('Card Person');
    expect(dump(db)).toEqual(before);
  });
});
