import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devices, names, portableExport } from './devices.js';

describe('rel sync across three devices', () => {
  it('concurrent adds on three devices reach all three', async () => {
    const { all } = devices(3);
    const [a, b, c] = all as [D, D, D];
    await a.ok('add', 'Aiko Tanaka', '--origin', 'study-group', '--tag', 'mentor');
    await a.ok('give', 'Aiko', 'reviewed her slides', '--kind', 'feedback');
    await b.ok('add', 'Ken Sato', '--origin', 'work', '--nick', 'Ken-san');
    await c.ok('add', 'Yumi Ono');
    await c.ok('touch', 'Yumi', 'coffee');
    for (const d of [a, b, c, a, b]) await d.sync();
    for (const d of [a, b, c]) expect(await names(d)).toEqual(['Aiko Tanaka', 'Ken Sato', 'Yumi Ono']);
    const ref = await portableExport(a);
    expect(await portableExport(b)).toEqual(ref);
    expect(await portableExport(c)).toEqual(ref);
  });
});

type D = Awaited<ReturnType<typeof devices>>['all'][number];
const note = async (d: D, who: string) =>
  (await d.json<{ person: { note: string | null } }>('show', who)).person.note;

describe('conflicts and removals', () => {
  it('conflicting edits of one note converge to the same value on all three', async () => {
    const { all } = devices(3);
    const [a, b, c] = all as [D, D, D];
    await a.ok('add', 'Ken Sato', '--note', 'first');
    for (const d of [a, b, c]) await d.sync();
    await a.ok('edit', 'Ken Sato', '--note', 'from a');
    await b.ok('edit', 'Ken Sato', '--note', 'from b');
    await c.ok('edit', 'Ken Sato', '--birthday', '1990-05-15');
    for (const d of [c, b, a, c, b]) await d.sync();
    const notes = [await note(a, 'Ken Sato'), await note(b, 'Ken Sato'), await note(c, 'Ken Sato')];
    expect(new Set(notes).size).toBe(1);
    expect(['from a', 'from b']).toContain(notes[0]);
    for (const d of [a, b, c])
      expect((await d.json<{ person: { birthday: string } }>('show', 'Ken')).person.birthday).toBe(
        '1990-05-15',
      );
    expect(await portableExport(b)).toEqual(await portableExport(a));
    expect(await portableExport(c)).toEqual(await portableExport(a));
  });

  it('the later of two edits wins once the first was seen', async () => {
    const { all } = devices(2);
    const [a, b] = all as [D, D];
    await a.ok('add', 'Ken Sato', '--note', 'one');
    await a.sync();
    await b.sync();
    await b.ok('edit', 'Ken', '--note', 'two');
    await b.sync();
    await a.sync();
    await a.ok('edit', 'Ken', '--note', 'three');
    await a.sync();
    await b.sync();
    expect(await note(b, 'Ken')).toBe('three');
  });

  for (const order of [
    ['a', 'b', 'c'],
    ['c', 'b', 'a'],
    ['b', 'c', 'a', 'b'],
  ]) {
    it(`a removal stays removed everywhere (syncs ${order.join(', ')})`, async () => {
      const { all } = devices(3);
      const [a, b, c] = all as [D, D, D];
      const by = { a, b, c } as Record<string, D>;
      await a.ok('add', 'Card Person', '--tag', 'mixer');
      await a.ok('give', 'Card Person', 'a business card');
      await a.ok('add', 'Aiko Tanaka');
      for (const d of [a, b, c]) await d.sync();
      await b.ok('rm', 'Card Person', '--yes');
      await c.ok('edit', 'Aiko', '--note', 'still here');
      for (const k of order) await by[k]!.sync();
      for (const k of order) await by[k]!.sync();
      for (const d of [a, b, c]) expect(await names(d)).toEqual(['Aiko Tanaka']);
      for (const d of [a, b, c]) await d.sync();
      for (const d of [a, b, c]) expect(await names(d)).toEqual(['Aiko Tanaka']);
      expect(await portableExport(a)).toEqual(await portableExport(c));
    });
  }

  it('an edit made after a removal (on a device that had not seen it) brings the person back whole', async () => {
    const { all } = devices(2);
    const [a, b] = all as [D, D];
    await a.ok('add', 'Ken Sato', '--note', 'met at work');
    await a.ok('give', 'Ken', 'a book');
    await a.sync();
    await b.sync();
    await a.ok('rm', 'Ken', '--yes');
    await new Promise((r) => setTimeout(r, 5));
    await b.ok('give', 'Ken', 'helped him move');
    await b.ok('edit', 'Ken', '--birthday', '05-15');
    await a.sync();
    await b.sync();
    await a.sync();
    expect(await names(a)).toEqual(['Ken Sato']);
    expect(await portableExport(a)).toEqual(await portableExport(b));
  });

  it('rel merge on one device merges on all, including what another device added meanwhile', async () => {
    const { all } = devices(3);
    const [a, b, c] = all as [D, D, D];
    await a.ok('add', 'Ken Sato', '--note', 'colleague');
    await a.ok('add', 'Kenji Sato', '--nick', 'KJ');
    await a.ok('give', 'Kenji', 'lent a book');
    for (const d of [a, b, c]) await d.sync();
    await a.ok('merge', 'Ken Sato', 'Kenji Sato', '--yes');
    await b.ok('take', 'Kenji Sato', 'advice on pricing', '--kind', 'advice');
    for (const d of [a, b, c, a, b, c]) await d.sync();
    for (const d of [a, b, c]) {
      expect(await names(d)).toEqual(['Ken Sato']);
      const ken = await d.json<{ person: { nicknames: string[]; gives: number; takes: number } }>(
        'show',
        'Ken Sato',
      );
      expect(ken.person.nicknames).toEqual(expect.arrayContaining(['KJ', 'Kenji Sato']));
    }
    expect(await portableExport(b)).toEqual(await portableExport(a));
    expect(await portableExport(c)).toEqual(await portableExport(a));
    const ledger = ((await portableExport(c)) as { ledger: string[] }).ledger;
    expect(ledger).toHaveLength(2);
    expect(ledger.every((l) => l.includes('Ken Sato|'))).toBe(true);
  });
  it('a need noted for each of two people, who are then merged, ends the same on every device', async () => {
    // Found by the convergence property (seed -338398820): each device kept the need it applied last.
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
    ]) {
      const { all } = devices(3);
      await all[0]!.ok('add', 'Aiko Tanaka');
      await all[0]!.ok('add', 'Yumi Ono');
      for (const d of all) await d.sync();
      await all[0]!.ok('merge', 'Aiko Tanaka', 'Yumi Ono', '--yes');
      await all[0]!.ok('edit', 'Aiko Tanaka', '--needs', 'a designer');
      await all[1]!.ok('edit', 'Yumi Ono', '--needs', 'a venue');
      for (let round = 0; round < 2; round++) for (const i of order) await all[i]!.sync();
      const needs = await Promise.all(
        all.map(async (d) => ((await portableExport(d)) as { needs: string[] }).needs),
      );
      expect(needs[0]).toHaveLength(1);
      // The need noted last, on the second device, wins everywhere.
      expect(needs[0]![0]).toContain('a venue');
      expect(needs[1]).toEqual(needs[0]);
      expect(needs[2]).toEqual(needs[0]);
    }
  });
});

describe('tables kept by triggers follow synced changes', () => {
  it('rel search finds what another device wrote, and not what it removed', async () => {
    const { all } = devices(2);
    const [a, b] = all as [D, D];
    await a.ok('add', 'Aiko Tanaka', '--note', 'launching a course on pottery', '--where', 'Kyoto');
    await a.ok('add', 'Card Person', '--note', 'met at the pottery mixer');
    await a.sync();
    await b.sync();
    const found = async (d: D) =>
      (await d.json<{ results: { person: { name: string } }[] }>('search', 'pottery')).results.map(
        (r) => r.person.name,
      );
    expect(new Set(await found(b))).toEqual(new Set(['Aiko Tanaka', 'Card Person']));
    await a.ok('rm', 'Card Person', '--yes');
    await a.ok('touch', 'Aiko', 'asked about the pottery kiln', '--kind', 'call');
    await a.sync();
    await b.sync();
    expect(new Set(await found(b))).toEqual(new Set(['Aiko Tanaka']));
    expect(await portableExport(b)).toEqual(await portableExport(a));
  });
});

describe('a new device', () => {
  it('keeps its db and its identity after a first sync with an empty folder', async () => {
    const { all, folder } = devices(1);
    const [a] = all as [D];
    await a.sync();
    expect(existsSync(a.db)).toBe(true);
    const first = readdirSync(folder);
    expect(first).toHaveLength(1);
    await a.ok('add', 'Aiko Tanaka');
    await a.sync();
    // The same device file, not a second device: the identity outlived the empty first run.
    expect(readdirSync(folder)).toEqual(first);
  });
});
