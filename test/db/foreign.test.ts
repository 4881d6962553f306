/** Whose file is this? rel's own (application_id, or its tables), or another program's: left alone. */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDb } from '../../src/db/open.js';
import { LATEST_VERSION, migrate } from '../../src/db/migrations/index.js';
import { BIN } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

const now = new Date('2026-11-22T09:00:00Z');
const mode = (p: string) => statSync(p).mode & 0o777;
const appId = (p: string) => {
  const db = new Database(p, { readonly: true });
  try {
    return db.pragma('application_id', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe("another program's SQLite file", () => {
  it('is refused untouched: no WAL switch, no chmod, no backup, whatever its user_version', () => {
    for (const version of [0, 1, 2, 3, 4, 99]) {
      const dir = tempDir();
      const path = join(dir, 'photos.db');
      const other = new Database(path);
      other.exec(
        "CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO albums VALUES (1, 'x')",
      );
      other.pragma(`user_version = ${version}`);
      other.close();
      chmodSync(path, 0o644);
      const before = readFileSync(path);
      expect(() => openDb(path, { mode: 'write', now }), `user_version ${version}`).toThrow(
        expect.objectContaining({ key: 'dbNotRel' }),
      );
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(mode(path)).toBe(0o644);
      expect(readdirSync(dir)).toEqual(['photos.db']);
    }
  });

  it("is refused when it carries another program's application_id, even with rel-like tables", () => {
    const path = join(tempDir(), 'look-alike.db');
    const other = new Database(path);
    migrate(other, 1);
    other.pragma('application_id = 1179603784'); // some other format's id
    other.close();
    const before = readFileSync(path);
    expect(() => openDb(path, { mode: 'read', now })).toThrow(expect.objectContaining({ key: 'dbNotRel' }));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says so through the CLI and exits 1', async () => {
    const dir = tempDir();
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x)');
    other.pragma('user_version = 2');
    other.close();
    const r = await runCli(['list'], { REL_DB: path, HOME: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a rel database.*not touched/);
  });
});

describe("rel's own files", () => {
  it('a new db is marked with application_id; an older rel db is recognised by its tables and marked', () => {
    const dir = tempDir();
    const fresh = join(dir, 'new.db');
    openDb(fresh, { mode: 'write', now }).db.close();
    expect(appId(fresh)).toBe(APPLICATION_ID);
    for (const n of [1, 2, 3]) {
      const old = join(dir, `schema-${n}.db`);
      copyFileSync(join(import.meta.dirname, '..', 'fixtures', `schema-${n}.db`), old);
      expect(appId(old)).toBe(0);
      const { db } = openDb(old, { mode: 'write', now });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      db.close();
      expect(appId(old)).toBe(APPLICATION_ID);
    }
  });

  it('the backup before an upgrade is 0600 from the start: a kill at any moment leaves no readable or partial .bak', async () => {
    const dir = tempDir();
    const seed = join(dir, 'seed.db');
    const s = new Database(seed);
    migrate(s, 1);
    const ins = s.prepare('INSERT INTO people (name, note, created_at) VALUES (?, ?, ?)');
    s.transaction(() => {
      for (let i = 0; i < 30000; i++) ins.run(`Person ${i}`, 'n'.repeat(600), 'x');
    })();
    s.close();
    const old = process.umask(0o022);
    try {
      for (const ms of [60, 120, 180, 240, 300, 400]) {
        const run = join(tempDir(), 'rel.db');
        copyFileSync(seed, run);
        chmodSync(run, 0o600);
        const child = spawn(process.execPath, [BIN, '--db', run, 'list', '--json'], {
          env: { ...process.env, REL_NOW: '2026-11-22' },
          stdio: 'ignore',
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), ms);
        await new Promise((r) => child.on('close', r));
        clearTimeout(timer);
        for (const f of readdirSync(join(run, '..'))) {
          const p = join(run, '..', f);
          expect(mode(p), `${f} after ${ms} ms`).toBe(0o600);
          if (f.endsWith('.bak')) {
            const b = new Database(p, { readonly: true });
            expect(b.pragma('integrity_check', { simple: true })).toBe('ok');
            expect(b.prepare('SELECT count(*) FROM people').pluck().get()).toBe(30000);
            b.close();
          }
        }
      }
    } finally {
      process.umask(old);
    }
  }, 60000);

  it('a refused write or a dry run on a new path leaves no empty db behind', async () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), HOME: dir };
    expect((await runCli(['add', '   '], env)).code).toBe(2);
    expect((await runCli(['give', 'Nobody', 'x'], env)).code).toBe(1);
    expect(existsSync(env.REL_DB)).toBe(false);
    const vcf = join(dir, 'a.vcf');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(vcf, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Aiko\r\nEND:VCARD\r\n');
    const dry = await runCli(['import', vcf, '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/1/);
    expect(readdirSync(dir)).toEqual(['a.vcf']);
    expect((await runCli(['import', vcf], env)).code).toBe(0);
    expect(existsSync(env.REL_DB)).toBe(true);
  });
});
