import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { listDates, noteDate, removeImportantDate } from '../../src/commands/dates.js';
import { exportData } from '../../src/commands/export.js';
import { importData } from '../../src/commands/import.js';
import { merge } from '../../src/commands/merge.js';
import { remind } from '../../src/commands/remind.js';
import { rm } from '../../src/commands/rm.js';
import { show } from '../../src/commands/show.js';
import { today } from '../../src/commands/today.js';
import { LATEST_VERSION } from '../../src/db/migrations/index.js';
import { openDb } from '../../src/db/open.js';
import { dump, tempDir, testEnv } from '../helpers/db.js';

const at = (now: string) => testEnv({ now });

describe('rel date', () => {
  it('notes a date; without a year --on means the next one, and a label noted again moves', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Aiko Tanaka' }, deps);
    const a = await noteDate({ person: 'aiko', label: 'book launch', on: '2026-12-01' }, deps);
    expect(a).toMatchObject({ updated: false, findings: [], date: { date: '2026-12-01', inDays: 9 } });
    const b = await noteDate({ person: 'aiko', label: 'exam', on: '3 Nov' }, deps);
    expect(b.date.date).toBe('2027-11-03'); // 3 Nov this year has passed: the next one
    const c = await noteDate({ person: 'aiko', label: 'Book Launch', on: '12月5日' }, deps);
    expect(c).toMatchObject({ updated: true, date: { label: 'Book Launch', date: '2026-12-05' } });
    expect((await listDates({ person: 'aiko' }, deps)).dates.map((d) => [d.label, d.date])).toEqual([
      ['Book Launch', '2026-12-05'],
      ['exam', '2027-11-03'],
    ]);
  });

  it('lists everyone’s dates soonest first, then past one-off dates, latest first', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await add({ name: 'Yumi Ono' }, deps);
    await noteDate({ person: 'Ken', label: 'old exam', on: '2025-02-01' }, deps);
    await noteDate({ person: 'Ken', label: 'recent talk', on: '2026-11-01' }, deps);
    await noteDate({ person: 'Yumi', label: 'wedding anniversary', on: '2019-01-10', yearly: true }, deps);
    await noteDate({ person: 'Ken', label: 'launch', on: 'tomorrow' }, deps);
    const r = await listDates({}, deps);
    expect(r.person).toBeNull();
    expect(r.dates.map((d) => [d.name, d.label, d.date, d.inDays, d.years])).toEqual([
      ['Ken Sato', 'launch', '2026-11-23', 1, null],
      ['Yumi Ono', 'wedding anniversary', '2027-01-10', 49, 8],
      ['Ken Sato', 'recent talk', '2026-11-01', -21, null],
      ['Ken Sato', 'old exam', '2025-02-01', -659, null],
    ]);
  });

  it('removes a date by its label, ignoring case, and names the ones there are when it is not found', async () => {
    const { deps, db } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await noteDate({ person: 'Ken', label: 'Launch', on: '2026-12-01' }, deps);
    await expect(removeImportantDate({ person: 'Ken', label: 'exam' }, deps)).rejects.toMatchObject({
      key: 'dateNotFound',
      exitCode: 1,
      data: { labels: ['Launch'] },
    });
    const r = await removeImportantDate({ person: 'Ken', label: 'launch' }, deps);
    expect(r.removed.label).toBe('Launch');
    expect(dump(db).important_dates).toEqual([]);
  });

  it('refuses bad input with a usage error and writes nothing', async () => {
    const { deps, db } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    const before = dump(db);
    for (const [opts, key] of [
      [{ person: 'Ken', label: 'launch' }, 'dateNeedsOn'],
      [{ person: 'Ken', label: 'launch', on: '30 Feb' }, 'invalidDate'],
      [{ person: 'Ken', label: 'launch', on: 'someday' }, 'invalidDate'],
      [{ person: 'Ken', label: '  ', on: 'today' }, 'emptyText'],
      [{ person: 'Ken', label: 'x'.repeat(201), on: 'today' }, 'tooLong'],
    ] as const) {
      await expect(noteDate(opts, deps)).rejects.toMatchObject({ key, exitCode: 2 });
    }
    await expect(noteDate({ person: 'Nobody', label: 'x', on: 'today' }, deps)).rejects.toMatchObject({
      key: 'personNotFound',
      exitCode: 1,
    });
    expect(dump(db)).toEqual(before);
  });
});

describe('dates in remind, today, the calendar and show', () => {
  it('remind brings dates within --days (the last day included), and yearly ones every year', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await noteDate({ person: 'Ken', label: 'launch party', on: '2026-11-29' }, deps); // in 7 days
    await noteDate({ person: 'Ken', label: 'exam', on: '2026-11-30' }, deps); // in 8 days
    await noteDate({ person: 'Ken', label: 'anniversary', on: '2020-11-22', yearly: true }, deps); // today
    await noteDate({ person: 'Ken', label: 'gone', on: '2026-11-21' }, deps);
    expect((await remind({}, deps)).dates.map((d) => [d.label, d.inDays, d.years])).toEqual([
      ['anniversary', 0, 6],
      ['launch party', 7, null],
    ]);
    expect((await remind({ days: '8' }, deps)).dates.map((d) => d.label)).toEqual([
      'anniversary',
      'launch party',
      'exam',
    ]);
    // A year on, the yearly date is back; the one-off dates are not.
    const later = { ...deps, today: '2027-11-20' };
    expect((await remind({}, later)).dates.map((d) => [d.label, d.date, d.years])).toEqual([
      ['anniversary', '2027-11-22', 7],
    ]);
  });

  it('a yearly date on 29 Feb comes round on 28 Feb in other years, and across the new year', async () => {
    const { deps } = at('2026-12-30');
    await add({ name: 'Leap' }, deps);
    await noteDate({ person: 'Leap', label: 'leap wedding', on: '2024-02-29', yearly: true }, deps);
    await noteDate({ person: 'Leap', label: 'new year party', on: '2020-01-02', yearly: true }, deps);
    expect((await remind({ days: '3' }, deps)).dates.map((d) => [d.label, d.date])).toEqual([
      ['new year party', '2027-01-02'],
    ]);
    expect((await listDates({}, deps)).dates.map((d) => [d.label, d.date])).toEqual([
      ['new year party', '2027-01-02'],
      ['leap wedding', '2027-02-28'],
    ]);
  });

  it('today shows them within its --days, and show lists them on the person page', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await noteDate({ person: 'Ken', label: 'launch', on: '2026-12-02' }, deps); // in 10 days
    expect((await today({}, deps)).dates).toEqual([]);
    expect((await today({ days: '10' }, deps)).dates.map((d) => d.label)).toEqual(['launch']);
    expect((await show({ person: 'Ken' }, deps)).dates).toMatchObject([
      { label: 'launch', date: '2026-12-02' },
    ]);
  });

  it('the calendar has coming dates (yearly ones repeat) and leaves out past one-off dates', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await noteDate({ person: 'Ken', label: 'launch; party', on: '2026-12-02' }, deps);
    await noteDate({ person: 'Ken', label: 'wedding', on: '2019-05-12', yearly: true }, deps);
    await noteDate({ person: 'Ken', label: 'gone', on: '2026-01-01' }, deps);
    const r = await remind({ ics: 'rel.ics' }, deps);
    const text = readFileSync(join(deps.cwd, 'rel.ics'), 'utf8');
    expect(r.ics?.events).toBe(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20261202\r\nSUMMARY:Ken Sato: launch\\; party');
    expect(text).toContain('DTSTART;VALUE=DATE:20270512\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Ken Sato: wedding');
    expect(text).not.toContain('gone');
  });
});

describe('dates go where the person goes', () => {
  it('rm takes them along; merge moves them, keeping the kept person’s on a clash', async () => {
    const { deps, db } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await add({ name: 'Kenji Sato' }, deps);
    await noteDate({ person: 'Ken Sato', label: 'exam', on: '2026-12-01' }, deps);
    await noteDate({ person: 'Kenji', label: 'EXAM', on: '2026-12-09' }, deps);
    await noteDate({ person: 'Kenji', label: 'launch', on: '2026-12-10' }, deps);
    await merge({ keep: 'Ken Sato', other: 'Kenji', yes: true }, deps);
    expect((await listDates({ person: 'Ken Sato' }, deps)).dates.map((d) => [d.label, d.date])).toEqual([
      ['exam', '2026-12-01'],
      ['launch', '2026-12-10'],
    ]);
    await rm({ person: 'Ken Sato', yes: true }, deps);
    expect(dump(db).important_dates).toEqual([]);
  });

  it('a JSON backup keeps them: exported, imported into an empty db, and exported again, the same file', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato' }, deps);
    await noteDate({ person: 'Ken', label: 'wedding', on: '2019-05-12', yearly: true }, deps);
    await exportData({ format: 'json', out: 'a.json' }, deps);
    const fresh = at('2026-11-22');
    await importData({ file: join(deps.cwd, 'a.json') }, fresh.deps);
    expect((await listDates({}, fresh.deps)).dates).toMatchObject([{ label: 'wedding', yearly: true }]);
    await exportData({ format: 'json', out: 'b.json' }, fresh.deps);
    expect(readFileSync(join(fresh.deps.cwd, 'b.json'), 'utf8')).toBe(
      readFileSync(join(deps.cwd, 'a.json'), 'utf8'),
    );
    // Into a db with data: matched by person and label, never doubled.
    await importData({ file: join(deps.cwd, 'a.json') }, fresh.deps);
    expect((await listDates({}, fresh.deps)).dates).toHaveLength(1);
  });
});

describe('the important-dates migration (0007), merged after 0010', () => {
  it('still runs on a db already at a later version that lacks its table, and keeps the version', async () => {
    const dir = tempDir();
    const path = join(dir, 'rel.db');
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'schema-10.db'), path);
    const { db } = openDb(path, { mode: 'write', now: new Date('2026-11-22T09:00:00Z') });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      const deps = { ...testEnv().deps, db, dbPath: path };
      await noteDate({ person: 'Ken Sato', label: 'launch', on: '2026-12-01' }, deps);
      expect((await remind({ days: '10' }, deps)).dates.map((d) => d.label)).toEqual(['launch']);
    } finally {
      db.close();
    }
  });
});
