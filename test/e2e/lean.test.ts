/**
 * The lean start-up path (cli/lean.ts, and bin/rel.js through dist/bundle/lean.cjs) must be the
 * same rel as the commander one: same output, same exit code, same rows, for every command line it
 * takes; and it must hand every other command line to commander.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/cli/errors.js';
import { lean, parseLean } from '../../src/cli/lean.js';
import { LEAN_COMMANDS } from '../../src/cli/lean-names.js';
import { buildProgram } from '../../src/cli/program.js';
import type { Session } from '../../src/cli/terminal.js';
import { openDb } from '../../src/db/open.js';
import { rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';
import { fakeSession } from '../helpers/inprocess.js';

/** A run on a terminal of its own (test/helpers/inprocess.ts), in English, with a fixed today. */
async function captured(fn: (session: Session) => Promise<number | undefined>) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C', REL_NOW: '2026-11-22' };
  delete env.REL_LANG;
  const t = fakeSession(env);
  const code = await fn(t.session);
  return { code, out: t.out(), err: t.err() };
}

const viaCommander = (argv: string[]) =>
  captured(async (session) => {
    try {
      await buildProgram('0.0.0-test', session).parseAsync(argv, { from: 'user' });
      return 0;
    } catch (e) {
      return report(e, argv, session);
    }
  });

function seed(path: string): void {
  const { db } = openDb(path, { mode: 'write', now: new Date('2026-11-22T00:00:00') });
  const add = db.prepare(
    "INSERT INTO people (name, origin, met_on, created_at) VALUES (?, 'work', '2025-01-01', '2025-01-01')",
  );
  add.run('Aiko Tanaka');
  add.run('Ken Sato');
  // Someone due and a birthday ahead, for remind and today.
  add.run('Mika Ito');
  db.prepare("UPDATE people SET cadence = '1m', birthday = '1990-11-25' WHERE id IN (2, 3)").run();
  db.prepare("INSERT INTO tags (person_id, tag) VALUES (1, 'friend')").run();
  db.close();
}

const dump = (path: string) => {
  const { db } = openDb(path, { mode: 'read', now: new Date() });
  const rows = ['ledger', 'touches', 'people', 'person_stats'].map((t) =>
    db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all(),
  );
  db.close();
  return rows;
};

const TAKEN = [
  ['give', 'Aiko', 'slides', '--kind', 'feedback', '--date', 'yesterday'],
  ['give', '#1', 'coffee', '-k', 'help', '--json'],
  ['take', 'Aiko Tanaka', 'advice', '--kind=advice', '-d', '2026-11-01'],
  ['receive', 'aiko', 'a referral', '--kind', '紹介'],
  ['take', 'Ken', 'a tip', '--offered'],
  ['take', 'Ken', 'a pitch', '--offered', '--kind', 'sale'],
  ['touch', 'Ken', '--inbound'],
  ['touch', 'Ken', 'called him', '--date', '3 days ago', '--json'],
  ['touch', 'Aiko', 'lunch', '-k', 'meal'],
  ['touch', 'Aiko', 'x', '--kind', 'nope'],
  ['list', '--sort', 'last', '--json'],
  ['list', '-s', 'balance'],
  ['list', '--match', 'called', '--json'],
  ['list', '-m', 'slides', '-t', 'friend'],
  ['list', '--sort', 'nope'],
  ['show', 'Aiko', '--json'],
  ['show', 'Ken'],
  ['--lang', 'ja', 'show', 'Aiko'],
  ['show', 'Aiko', '--lang=ja'],
  ['--no-color', 'list'],
  ['list', '--json'],
  ['list', '--tag', 'friend'],
  ['list', '-t', 'nobody', '--json'],
  ['give', 'Nobody', 'x'],
  ['give', 'Aiko', 'x', '--kind', 'nope'],
  ['give', 'Aiko', 'x', '--kind', 'sale'],
  ['take', 'Ken', 'x', '--date', 'tomorrow'],
  ['show', '#99'],
  ['--lang', 'xx', 'list'],
  ['search', 'slides'],
  ['search', 'Aiko', '--json'],
  ['search', 'called', 'him'],
  ['search', '--json', '"a tip"', 'Ken'],
  ['--lang', 'ja', 'search', 'coffee'],
  ['search', 'nothing-here'],
  ['search', ' '],
  ['remind'],
  ['remind', '--json'],
  ['remind', '--days', '30'],
  ['--lang', 'ja', 'remind', '--days=2'],
  ['remind', '--days', 'x'],
  ['remind', '--all'],
  ['remind', '--all', '--json'],
  ['today'],
  ['today', '--json', '--days', '1'],
  ['--lang', 'ja', 'today'],
  ['give', 'Ken', 'a plan', '--kind', 'sale'],
  ['review'],
  ['review', '--all'],
  ['review', '-a', '--json'],
  ['--lang', 'ja', 'review'],
];

const HANDED_ON = [
  ['give', 'Aiko'],
  ['give', '--help'],
  ['give', 'Aiko', 'x', '--kind', 'a', '--kind', 'b'],
  ['give', 'Aiko', 'x', '-khelp'],
  ['give', 'Aiko', 'x', '--bogus'],
  ['list', 'extra'],
  ['--json', 'list'],
  ['give', 'Aiko', 'x', '--', '--kind'],
  ['touch', 'Ken', '--inbound=yes'],
  ['add', 'Give'],
  ['give', 'Aiko', 'x', '--offered'],
  ['search'],
  ['search', 'x', '--bogus'],
  ['search', 'x', '--', '-y'],
  ['search', '--help'],
  ['remind', '--notify'],
  ['remind', 'extra'],
  ['remind', '--all=yes'],
  ['today', '--days'],
  ['today', '--ics', 'x.ics'],
  ['review', 'extra'],
  ['review', '--bogus'],
];

describe('the lean start-up path', () => {
  it('prints, exits and stores exactly what the commander path does', async () => {
    const dir = tempDir();
    const [a, b] = [join(dir, 'lean.db'), join(dir, 'commander.db')];
    seed(a);
    copyFileSync(a, b);
    for (const argv of TAKEN) {
      expect(parseLean(['--db', a, ...argv]), argv.join(' ')).toBeDefined();
      const viaLean = await captured((session) => lean(['--db', a, ...argv], session));
      const viaFull = await viaCommander(['--db', b, ...argv]);
      expect({
        argv,
        ...viaLean,
        out: viaLean.out.replaceAll(a, b),
        err: viaLean.err.replaceAll(a, b),
      }).toEqual({ argv, ...viaFull });
    }
    expect(dump(a)).toEqual(dump(b));
    expect((dump(a)[0] as unknown[]).length).toBe(5); // two gives, three takes
  });

  it('hands every other command line to commander, having done nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'rel.db');
    for (const argv of HANDED_ON) {
      expect(parseLean(['--db', path, ...argv]), argv.join(' ')).toBeUndefined();
      expect((await captured((session) => lean(['--db', path, ...argv], session))).code).toBeUndefined();
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("bin/rel.js sends exactly cli/lean-names.ts's commands down the lean path", () => {
    const bin = readFileSync(join(import.meta.dirname, '..', '..', 'bin', 'rel.js'), 'utf8');
    const listed = /const LEAN = new Set\(\[([^\]]*)\]\)/.exec(bin)![1]!.match(/'[^']+'/g)!;
    expect(listed.map((x) => x.slice(1, -1)).sort()).toEqual([...LEAN_COMMANDS].sort());
  });

  it('bin/rel.js: --version at once, the lean commands and the rest give the same answers', () => {
    const dir = tempDir();
    const db = join(dir, 'rel.db');
    expect(rel(['--version']).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(rel(['-V']).out).toBe(rel(['--version']).out);
    expect(rel(['--db', db, 'add', 'Aiko Tanaka']).code).toBe(0);
    const gave = rel(['--db', db, 'give', 'Aiko', 'a book', '--json']);
    expect(gave.code).toBe(0);
    expect(JSON.parse(gave.out)).toMatchObject({
      person: { name: 'Aiko Tanaka' },
      entry: { what: 'a book' },
    });
    expect(rel(['--db', db, 'give', 'Aiko']).code).toBe(2); // handed to commander: missing <what>
    expect(rel(['--db', db, 'give', 'Nobody', 'x'])).toMatchObject({ code: 1, out: '' });
    const listed = rel(['--db', db, 'list', '--json']);
    expect(JSON.parse(listed.out).people[0]).toMatchObject({ name: 'Aiko Tanaka', gives: 1 });
    expect(rel(['--db', db, 'give', '--help']).out).toContain('Usage: rel give');
  });
});
