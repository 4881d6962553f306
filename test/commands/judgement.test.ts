/** The coach's judgement: needs on a person, introductions you make, give ideas tied to the person. */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { add } from '../../src/commands/add.js';
import { edit } from '../../src/commands/edit.js';
import { exportData } from '../../src/commands/export.js';
import { importData } from '../../src/commands/import.js';
import { introByMe } from '../../src/commands/intro.js';
import { give, take } from '../../src/commands/ledger.js';
import { merge } from '../../src/commands/merge.js';
import { onboard } from '../../src/commands/onboard.js';
import { show } from '../../src/commands/show.js';
import { testEnv } from '../helpers/db.js';

describe('what a person is working on (--needs)', () => {
  it('is kept dated, shown, cleared with ""', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', origin: 'study-group', date: '2025-06-01' }, deps);
    const e = await edit({ person: 'aiko', needs: 'course launch 1 Dec' }, deps);
    expect(e.changed).toEqual(['needs']);
    expect((await show({ person: 'aiko' }, deps)).needs).toEqual({
      what: 'course launch 1 Dec',
      on: '2026-11-22',
    });
    await edit({ person: 'aiko', needs: '' }, deps);
    expect((await show({ person: 'aiko' }, deps)).needs).toBeNull();
  });

  it('turns the small-gives idea and the go-deep move into one about them', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', origin: 'study-group', date: '2025-06-01' }, deps);
    await give({ person: 'aiko', what: 'read her draft', kind: 'feedback', date: '2026-09-01' }, deps);
    await edit({ person: 'aiko', needs: 'course launch 1 Dec' }, deps);
    const r = coach(deps);
    const small = r.findings.find((f) => f.rule === 'small-gives')!;
    expect(small.message).toContain('offer Aiko Tanaka a hand with course launch 1 Dec');
    expect(r.findings.find((f) => f.rule === 'go-deep')!.people.map((p) => p.name)).toEqual(['Aiko Tanaka']);
    expect(r.moves.join('\n')).toMatch(/Aiko Tanaka a hand with course launch 1 Dec/);
  });

  it('follows a merge and a backup round trip', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    await add({ name: 'Kenji Sato', date: '2020-01-01' }, deps);
    await edit({ person: 'Kenji Sato', needs: 'a designer for his shop' }, deps);
    await merge({ keep: 'Ken Sato', other: 'Kenji Sato', yes: true }, deps);
    expect((await show({ person: 'Ken Sato' }, deps)).needs?.what).toBe('a designer for his shop');
    const out = `${deps.cwd}/backup.json`;
    await exportData({ format: 'json', out }, deps);
    const other = testEnv();
    await importData({ file: out }, other.deps);
    expect((await show({ person: 'Ken Sato' }, other.deps)).needs?.what).toBe('a designer for his shop');
  });
});

describe('introductions you make (intro --by-me)', () => {
  it('are one act: a give of kind intro to each of the two', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-06-01' }, deps);
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    const r = await introByMe({ a: 'aiko', b: 'ken', date: '2026-11-20' }, deps);
    expect(r.people.map((p) => p.name)).toEqual(['Aiko Tanaka', 'Ken Sato']);
    const aiko = await show({ person: 'aiko' }, deps);
    const ken = await show({ person: 'ken' }, deps);
    expect(aiko.gives.map((g) => [g.kind, g.what, g.date])).toEqual([
      ['intro', 'introduced to Ken Sato', '2026-11-20'],
    ]);
    expect(ken.gives.map((g) => [g.kind, g.what])).toEqual([['intro', 'introduced to Aiko Tanaka']]);
  });

  it('refuses one person twice and changes nothing', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-06-01' }, deps);
    await expect(introByMe({ a: 'aiko', b: 'Aiko Tanaka' }, deps)).rejects.toThrow();
    expect((await show({ person: 'aiko' }, deps)).gives).toEqual([]);
  });
});

describe('take --offered through the command', () => {
  it('records offered: true in JSON and reports no finding at once', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ren Ito', origin: 'inbound', date: '2026-11-01' }, deps);
    const r = await take({ person: 'Ren', what: 'a project', kind: 'referral', offered: true }, deps);
    expect(r.entry).toMatchObject({ kind: 'referral', offered: true });
    expect(r.findings).toEqual([]);
  });
});

describe('onboarding in sales', () => {
  it('gives the slash-and-burn caution before the first sale, naming the school and work ties', async () => {
    const { deps } = testEnv();
    await add({ name: 'Naoki Fujita', origin: 'school', date: '2010-04-01' }, deps);
    const file = `${deps.cwd}/answers.json`;
    writeFileSync(file, JSON.stringify({ goal: 'Top insurance seller', field: 'sales' }));
    const r = await onboard({ answers: file }, deps);
    expect(r.caution).toMatch(
      /^You work in sales.*keep the one person from school or work you recorded out of your pipeline/,
    );
    writeFileSync(file, JSON.stringify({ field: 'it' }));
    expect((await onboard({ answers: file }, deps)).caution).toBeNull();
  });
});

describe('needs are searchable', () => {
  it('finds what a person is working on, and the index stays equal to a rebuild through edits and merges', async () => {
    const { search } = await import('../../src/commands/search.js');
    const { indexRows } = await import('../../src/db/repos/search.js');
    const { deps, db } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-06-01' }, deps);
    await add({ name: 'Aiko T', date: '2025-06-01' }, deps);
    await edit({ person: 'Aiko Tanaka', needs: 'オンライン講座の公開' }, deps);
    await edit({ person: 'Aiko T', needs: 'a course launch' }, deps);
    await edit({ person: 'Aiko Tanaka', needs: 'オンライン講座の公開準備' }, deps);
    const hits = await search({ words: ['講座'] }, deps);
    expect(hits.results.map((r) => [r.person?.name, r.type, r.text])).toEqual([
      ['Aiko Tanaka', 'needs', 'オンライン講座の公開準備'],
    ]);
    await merge({ keep: 'Aiko Tanaka', other: 'Aiko T', yes: true }, deps);
    await edit({ person: 'Aiko Tanaka', needs: '' }, deps);
    const { kept, fresh } = indexRows(db);
    expect(kept).toEqual(fresh);
  });
});
