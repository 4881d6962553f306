import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { event } from '../../src/commands/event.js';
import { intro } from '../../src/commands/intro.js';
import { give, take } from '../../src/commands/ledger.js';
import { list } from '../../src/commands/list.js';
import { show } from '../../src/commands/show.js';
import { touch } from '../../src/commands/touch.js';
import { testEnv } from '../helpers/db.js';

describe('give, take, touch', () => {
  it('records gives and takes with kind and date words', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-01-01' }, deps);
    const g = await give(
      { person: 'aiko', what: 'reviewed her slides', kind: 'feedback', date: 'yesterday' },
      deps,
    );
    expect(g.entry).toMatchObject({ kind: 'feedback', date: '2026-11-21', what: 'reviewed her slides' });
    const t = await take(
      { person: 'Aiko Tanaka', what: 'advice on pricing', kind: '助言', date: '3 days ago' },
      deps,
    );
    expect(t.entry).toMatchObject({ kind: 'advice', date: '2026-11-19' });
    const r = await show({ person: 'Aiko Tanaka' }, deps);
    expect(r.gives.map((x) => x.what)).toEqual(['reviewed her slides']);
    expect(r.takes.map((x) => x.what)).toEqual(['advice on pricing']);
  });

  it('defaults the kind to other and the date to today', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato' }, deps);
    expect((await give({ person: 'Ken Sato', what: 'coffee' }, deps)).entry).toMatchObject({
      kind: 'other',
      date: '2026-11-22',
    });
  });

  it('finds `#id` by its id, and a missing id offers no look-alike names', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato' }, deps);
    const second = await add({ name: '#1' }, deps);
    expect((await give({ person: '#1', what: 'coffee' }, deps)).person.name).toBe('Ken Sato');
    expect((await give({ person: ` #${second.person.id} `, what: 'tea' }, deps)).person.name).toBe('#1');
    await expect(give({ person: '#99', what: 'coffee' }, deps)).rejects.toMatchObject({
      key: 'personNotFound',
      data: { query: '#99', closest: [] },
    });
  });

  it('logs inbound touches', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    const r = await touch({ person: 'Ken Sato', note: 'he called', date: '-2w', inbound: true }, deps);
    expect(r.touch).toMatchObject({ date: '2026-11-08', inbound: true, note: 'he called' });
  });
});

describe('event', () => {
  it('adds unknown --met names as people met there, and matches known ones', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-01-01' }, deps);
    const r = await event(
      {
        name: 'TS study group',
        kind: 'study-group',
        purpose: 'learning',
        date: '2026-11-05',
        cost: '1,000',
        hours: '2',
        met: ['Yumi Ono', 'Aiko Tanaka', 'Yumi Ono'],
      },
      deps,
    );
    expect(r.event).toMatchObject({ kind: 'study-group', purpose: 'learning', cost: 1000, hours: 2 });
    expect(r.met.map((p) => [p.name, p.new])).toEqual([
      ['Aiko Tanaka', false],
      ['Yumi Ono', true],
    ]);
    const yumi = await show({ person: 'Yumi Ono' }, deps);
    expect(yumi.person).toMatchObject({ origin: 'event', met: '2026-11-05' });
    expect(yumi.originEvent?.name).toBe('TS study group');
    expect((await list({}, deps)).people.find((p) => p.name === 'Aiko Tanaka')?.lastTouch).toBe('2026-11-05');
  });

  it('--for counts as a give (attend) to that person', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-01-01' }, deps);
    const r = await event(
      { name: 'Book launch', kind: 'other', purpose: 'support', for: 'Aiko', date: '2026-11-10' },
      deps,
    );
    expect(r.for?.name).toBe('Aiko Tanaka');
    const page = await show({ person: 'Aiko Tanaka' }, deps);
    expect(page.gives).toMatchObject([
      { kind: 'attend', what: 'Book launch', date: '2026-11-10', eventId: r.event.id },
    ]);
  });

  it('accepts Japanese kind and purpose aliases', async () => {
    const { deps } = testEnv();
    const r = await event(
      { name: '交流会', kind: '異業種交流会', purpose: '人脈作り', date: '2026-11-01' },
      deps,
    );
    expect(r.event).toMatchObject({ kind: 'mixer', purpose: 'networking' });
  });
});

describe('intro', () => {
  it('adds a new person with origin intro, and records the introduction', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    const r = await intro({ introducer: 'Ken', person: 'Client Kimura', date: '2026-11-12' }, deps);
    expect(r.person).toMatchObject({ name: 'Client Kimura', new: true });
    const page = await show({ person: 'Client Kimura' }, deps);
    expect(page.person).toMatchObject({
      origin: 'intro',
      introducer: { name: 'Ken Sato' },
      met: '2026-11-12',
    });
    expect(page.introducedBy).toMatchObject([{ name: 'Ken Sato', date: '2026-11-12' }]);
  });

  it('links an existing person and gives a story to one recorded without origin', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    await add({ name: 'Yumi Ono', date: '2026-11-01' }, deps);
    const r = await intro({ introducer: 'Ken Sato', person: 'Yumi', date: '2026-11-01' }, deps);
    expect(r.person.new).toBe(false);
    expect((await show({ person: 'Yumi Ono' }, deps)).person).toMatchObject({
      origin: 'intro',
      introducer: { name: 'Ken Sato' },
    });
  });
});
