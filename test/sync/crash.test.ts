import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { BIN, rel } from '../helpers/cli.js';

const PEOPLE = 3000;

function syncKilledAfter(
  db: string,
  folder: string,
  ms: number,
): Promise<{ killed: boolean; elapsed: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, '--db', db, 'sync', folder], {
    env: { ...process.env, REL_NOW: '2026-11-22' },
    stdio: 'ignore',
  });
  const timer = Number.isFinite(ms) ? setTimeout(() => child.kill('SIGKILL'), ms) : undefined;
  return new Promise((resolve) =>
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', elapsed: Date.now() - started });
    }),
  );
}

const count = (db: string) => {
  const r = rel(['--db', db, 'list', '--json']);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { count: number }).count;
};

describe('a sync killed midway', () => {
  it('leaves the db and the folder usable, and a rerun finishes the job', async () => {
    const dir = tempDir();
    const folder = join(dir, 'folder');
    const cards = Array.from(
      { length: PEOPLE },
      (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sync Person ${i}\r\nNOTE:note ${i}\r\nEND:VCARD`,
    );
    writeFileSync(join(dir, 'cards.vcf'), `${cards.join('\r\n')}\r\n`);
    const source = join(dir, 'source.db');
    expect(rel(['--db', source, 'import', join(dir, 'cards.vcf')]).code).toBe(0);
    copyFileSync(source, join(dir, 'unsynced.db'));
    // The writing side, killed while it captures 3000 people and writes its file (a fresh copy each time).
    const first = await syncKilledAfter(source, folder, Infinity);
    expect(first.killed).toBe(false);
    let killedWriters = 0;
    for (const frac of [0.25, 0.5, 0.75]) {
      const writer = join(dir, `writer-${frac}.db`);
      const out = join(dir, `folder-${frac}`);
      copyFileSync(join(dir, 'unsynced.db'), writer);
      const r = await syncKilledAfter(writer, out, Math.round(first.elapsed * frac));
      if (r.killed) killedWriters++;
      expect((await syncKilledAfter(writer, out, Infinity)).killed).toBe(false);
      const reader = join(dir, `check-${frac}.db`);
      expect((await syncKilledAfter(reader, out, Infinity)).killed).toBe(false);
      expect(count(reader)).toBe(PEOPLE);
    }
    // The reading side, killed while it applies 3000 people.
    const full = await syncKilledAfter(join(dir, 'full.db'), folder, Infinity);
    expect(count(join(dir, 'full.db'))).toBe(PEOPLE);
    let killedReaders = 0;
    for (let i = 1; i <= 5; i++) {
      const db = join(dir, `reader-${i}.db`);
      const r = await syncKilledAfter(db, folder, Math.round((full.elapsed * i) / 6));
      if (r.killed) killedReaders++;
      if (existsSync(db)) {
        const conn = new Database(db);
        expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
        conn.close();
        expect([0, PEOPLE]).toContain(count(db));
      }
      expect((await syncKilledAfter(db, folder, Infinity)).killed).toBe(false);
      expect(count(db)).toBe(PEOPLE);
    }
    expect(killedWriters + killedReaders).toBeGreaterThanOrEqual(4);
    // Every device's file in the folder still reads: a last device gets everyone once.
    expect((await syncKilledAfter(join(dir, 'last.db'), folder, Infinity)).killed).toBe(false);
    expect(count(join(dir, 'last.db'))).toBe(PEOPLE);
  }, 180_000);
});
