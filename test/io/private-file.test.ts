import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { exportData } from '../../src/commands/export.js';
import { remind } from '../../src/commands/remind.js';
import { openDb } from '../../src/db/open.js';
import { writePrivateFile } from '../../src/io/private-file.js';
import { tempDir, testEnv } from '../helpers/db.js';
import { refusal } from '../helpers/refusal.js';

const message = refusal;

const mode = (p: string) => statSync(p).mode & 0o777;

async function withPeople() {
  const env = testEnv();
  await add({ name: 'Aiko Tanaka', every: '2w', birthday: '1990-12-01' }, env.deps);
  await add({ name: 'Ken Sato' }, env.deps);
  return env;
}

describe('an export never destroys the database', () => {
  it('refuses the database itself, its -wal and -shm, a hard link to it and its upgrade backups', async () => {
    const { deps, path, db } = await withPeople();
    const link = join(deps.cwd, 'another-name.db');
    linkSync(path, link);
    const backup = `${path}.schema3-2026-11-22T00-00-00-000Z.bak`;
    writeFileSync(backup, 'not really a backup', { mode: 0o600 });
    for (const out of [path, `${path}-wal`, `${path}-shm`, link, backup, './rel.db']) {
      for (const force of [false, true]) {
        expect(await message(exportData({ format: 'csv', out, force }, deps))).toMatch(/is a database/);
        expect(await message(remind({ ics: out, force }, deps))).toMatch(/is a database/);
      }
    }
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2);
    db.close();
    expect(
      openDb(path, { mode: 'read', now: deps.now }).db.prepare('SELECT name FROM people').pluck().all(),
    ).toEqual(['Aiko Tanaka', 'Ken Sato']);
  });

  it('refuses any SQLite file, even with --force (a copied backup elsewhere)', async () => {
    const { deps, path } = await withPeople();
    const copy = join(tempDir(), 'old-backup.sqlite');
    copyFileSync(path, copy);
    const before = readFileSync(copy);
    expect(await message(exportData({ format: 'json', out: copy, force: true }, deps))).toMatch(
      /is a database/,
    );
    expect(readFileSync(copy).equals(before)).toBe(true);
  });
});

describe('an export never overwrites silently', () => {
  it('keeps an existing file unless --force, then replaces it 0600 (a loose 0666 mode is not kept)', async () => {
    const { deps } = await withPeople();
    const out = join(deps.cwd, 'people.csv');
    writeFileSync(out, 'my own spreadsheet');
    chmodSync(out, 0o666);
    expect(await message(exportData({ format: 'csv', out }, deps))).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('my own spreadsheet');
    await exportData({ format: 'csv', out, force: true }, deps);
    expect(readFileSync(out, 'utf8')).toContain('Aiko Tanaka');
    expect(mode(out)).toBe(0o600);
  });

  it('never writes through a symlink, and refuses folders and devices', async () => {
    const { deps } = await withPeople();
    const victim = join(tempDir(), 'victim.txt');
    writeFileSync(victim, 'precious');
    const link = join(deps.cwd, 'out.json');
    symlinkSync(victim, link);
    for (const force of [false, true])
      expect(await message(exportData({ format: 'json', out: link, force }, deps))).toMatch(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    const dangling = join(deps.cwd, 'dangling.json');
    symlinkSync(join(deps.cwd, 'nowhere', 'x'), dangling);
    expect(await message(exportData({ format: 'json', out: dangling }, deps))).toMatch(/symbolic link/);
    expect(await message(exportData({ format: 'json', out: deps.cwd, force: true }, deps))).toMatch(
      /is a folder/,
    );
    expect(await message(exportData({ format: 'json', out: '/dev/null', force: true }, deps))).toMatch(
      /not a regular file/,
    );
    const fifo = join(deps.cwd, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await message(exportData({ format: 'json', out: fifo, force: true }, deps))).toMatch(
      /not a regular file/,
    );
  });

  it("replaces rel's own .ics feed without --force, but not someone else's calendar", async () => {
    const { deps } = await withPeople();
    const feed = join(deps.cwd, 'rel.ics');
    expect((await remind({ ics: feed }, deps)).ics?.events).toBe(2);
    expect((await remind({ ics: feed }, deps)).ics?.events).toBe(2);
    const mine = join(deps.cwd, 'work.ics');
    writeFileSync(mine, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Work//Cal//EN\r\nEND:VCALENDAR\r\n');
    expect(await message(remind({ ics: mine }, deps))).toMatch(/already exists/);
    expect(readFileSync(mine, 'utf8')).toContain('-//Work//Cal//EN');
    await remind({ ics: mine, force: true }, deps);
    expect(readFileSync(mine, 'utf8')).toContain('PRODID:-//rel//keep in touch//EN');
    expect(mode(mine)).toBe(0o600);
  });
});

describe('writes are atomic', () => {
  it('a failure mid-write leaves the old file whole and no temp file behind', async () => {
    const dir = tempDir();
    const out = join(dir, 'backup.json');
    writeFileSync(out, 'the previous good backup');
    async function* failing() {
      yield 'the start of a new backup';
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    expect(await message(writePrivateFile(out, failing(), { force: true }))).toMatch(
      /cannot write .*backup\.json \(disk full, ENOSPC\); nothing was written/,
    );
    expect(readFileSync(out, 'utf8')).toBe('the previous good backup');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });

  it('takes a string, sync or async chunks, or a write callback: the stream plugs in', async () => {
    const dir = tempDir();
    const f = (n: string) => join(dir, n);
    await writePrivateFile(f('a'), 'one');
    await writePrivateFile(f('b'), ['t', 'w', 'o']);
    await writePrivateFile(
      f('c'),
      (async function* () {
        yield 'thr';
        yield Buffer.from('ee');
      })(),
    );
    const r = await writePrivateFile(f('d'), async (write) => {
      for (const s of ['fo', 'ur']) await write(s);
    });
    expect(['a', 'b', 'c', 'd'].map((n) => readFileSync(f(n), 'utf8'))).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
    expect(r.bytes).toBe(4);
    expect(['a', 'b', 'c', 'd'].map((n) => mode(f(n)))).toEqual([0o600, 0o600, 0o600, 0o600]);
  });

  it('says the folder is missing instead of creating anything', async () => {
    const dir = tempDir();
    expect(await message(writePrivateFile(join(dir, 'no', 'such.json'), 'x'))).toMatch(/no such folder/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
