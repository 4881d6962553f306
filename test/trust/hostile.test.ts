import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/inprocess.js';
import { tempDir } from '../helpers/db.js';

/** Every row of every table, read through a connection of its own. */
function dump(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    db.close();
  }
}

const nasty = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\t\n',
      '\u0007',
      '--db',
      '-x',
      '--',
      '--help',
      "'; DROP TABLE people; --",
      '" OR 1=1 --',
      '%s%n%x',
      '../../etc/passwd',
      '😀👨‍👩‍👧',
      'ｱｲｺ',
      'Ａｉｋｏ　Ｔａｎａｋａ',
      'e\u0301\u0301',
      '\u202eevil',
      'NaN',
      'Infinity',
      '-1',
      '-0',
      '1e309',
      '99999999999999999999',
      '9999-12-31',
      '0000-00-00',
      '2026-02-30',
      '2026-11-23',
      'tomorrow',
      'yesterday',
      'in 3 weeks',
      '-2w',
      '3 days ago',
      'Aiko Tanaka',
      'aiko',
      'Ken',
      '#1',
      '#0',
      '#999999999',
      '異業種交流会',
      'sale',
      'feedback',
      'mixer',
      'networking',
      '2w',
      '0d',
      'none',
      '--05-15',
      'x'.repeat(10_000),
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
const opt = (flag: string) =>
  fc.option(
    nasty.map((v) => [flag, v]),
    { nil: undefined },
  );
const flags = (...fs: (string[] | undefined)[]) => fs.filter((f): f is string[] => f !== undefined).flat();

/** A command line for each command, with hostile values wherever a user types something. */
const command = fc.oneof(
  fc
    .tuple(
      nasty,
      opt('--origin'),
      opt('--date'),
      opt('--every'),
      opt('--birthday'),
      opt('--nick'),
      opt('--tag'),
      opt('--note'),
      opt('--via'),
    )
    .map(([n, ...o]) => ['add', n, ...flags(...o)]),
  fc
    .tuple(fc.constantFrom('give', 'take'), nasty, nasty, opt('--kind'), opt('--date'))
    .map(([c, p, w, ...o]) => [c, p, w, ...flags(...o)]),
  fc
    .tuple(nasty, fc.option(nasty, { nil: undefined }), opt('--date'), fc.boolean())
    .map(([p, n, d, inbound]) => [
      'touch',
      p,
      ...(n === undefined ? [] : [n]),
      ...flags(d),
      ...(inbound ? ['--inbound'] : []),
    ]),
  fc
    .tuple(
      nasty,
      nasty,
      opt('--purpose'),
      opt('--cost'),
      opt('--hours'),
      opt('--met'),
      opt('--met'),
      opt('--for'),
      opt('--date'),
    )
    .map(([n, k, ...o]) => ['event', n, '--kind', k, ...flags(...o)]),
  fc.tuple(nasty, nasty, opt('--date')).map(([a, b, d]) => ['intro', a, b, ...flags(d)]),
  fc
    .tuple(
      nasty,
      opt('--name'),
      opt('--tag'),
      opt('--untag'),
      opt('--every'),
      opt('--circle'),
      opt('--birthday'),
    )
    .map(([p, ...o]) => ['edit', p, ...flags(...o)]),
  fc
    .tuple(nasty, opt('--studied'), opt('--give'), opt('--reason'))
    .map(([p, ...o]) => ['target', p, ...flags(...o)]),
  fc.tuple(nasty, nasty).map(([p, u]) => ['snooze', p, '--until', u]),
  fc.tuple(nasty, nasty).map(([a, b]) => ['merge', a, b, '--yes']),
  nasty.map((p) => ['rm', p, '--yes']),
  nasty.map((p) => ['show', p]),
  nasty.map((t) => ['list', '--tag', t]),
  nasty.map((id) => ['rules', id]),
  nasty.map((n) => ['remind', '--days', n]),
  fc.tuple(nasty, nasty).map(([k, v]) => ['config', 'set', k, v]),
);

describe('hostile input', () => {
  let cwd: string;
  let dir: string;
  beforeAll(() => {
    cwd = process.cwd();
    dir = tempDir();
    process.chdir(dir); // an option-looking value like --db then lands in a temp dir
  });
  afterAll(() => process.chdir(cwd));

  it('every command either works or fails with a clear message, exit 1 or 2, and the db as it was', async () => {
    const db = join(dir, 'rel.db');
    const env = { REL_DB: db, REL_NOW: '2026-11-22', XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir };
    for (const seed of [
      ['add', 'Aiko Tanaka', '--date', '2025-01-01'],
      ['add', 'Ken Sato'],
      ['add', 'Ken Suzuki'],
    ]) {
      expect((await runCli(seed, env)).code).toBe(0);
    }
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(command, async (argv) => {
        const before = dump(db);
        const r = await runCli(argv, env);
        expect([0, 1, 2], `${JSON.stringify(argv)} → ${r.code}: ${r.err}`).toContain(r.code);
        expect(r.err, JSON.stringify(argv)).not.toMatch(/\n\s+at .+:\d+:\d+/);
        expect(r.err, JSON.stringify(argv)).not.toContain('something unexpected');
        if (r.code !== 0) {
          failures++;
          expect(r.err.trim().length, JSON.stringify(argv)).toBeGreaterThan(0);
          expect(dump(db), `${JSON.stringify(argv)} changed the db and failed: ${r.err}`).toBe(before);
        }
      }),
      { numRuns: 1000, seed: 20261122 },
    );
    // Both kinds of outcome were exercised.
    expect(failures).toBeGreaterThan(100);
    expect(failures).toBeLessThan(1000);
  }, 240_000);
});
