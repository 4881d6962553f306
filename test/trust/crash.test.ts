import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { BIN, rel } from '../helpers/cli.js';

const CARDS = 8000;

function cards(): string {
  const out: string[] = [];
  for (let i = 0; i < CARDS; i++) {
    out.push(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Crash Person ${i}\r\nEMAIL:crash${i}@example.com\r\nNOTE:card ${i}\r\nEND:VCARD`,
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

/** Runs an import and kills it with SIGKILL after `ms` (or lets it finish when ms is Infinity). */
function importKilledAfter(
  db: string,
  file: string,
  ms: number,
): Promise<{ killed: boolean; elapsed: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, '--db', db, 'import', file], {
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

describe('crashes', () => {
  it('SIGKILL in the middle of a large import leaves a sound db holding all of it or none', async () => {
    const dir = tempDir();
    const file = join(dir, 'cards.vcf');
    writeFileSync(file, cards());
    // How long a whole import takes here, so the kills land across all of it.
    const full = await importKilledAfter(join(dir, 'full.db'), file, Infinity);
    const outcomes = { none: 0, all: 0, killed: 0 };
    for (let i = 1; i <= 8; i++) {
      const db = join(dir, `killed-${i}.db`);
      const { killed } = await importKilledAfter(db, file, Math.round((full.elapsed * i) / 9));
      if (killed) outcomes.killed++;
      if (!existsSync(db)) {
        outcomes.none++;
        continue;
      }
      const conn = new Database(db);
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      conn.close();
      // Killed before the schema was even made, or mid-import: rel opens it and sees all or none.
      const after = rel(['list', '--json'], { REL_DB: db });
      expect(after.code, after.err).toBe(0);
      const people = (JSON.parse(after.out) as { count: number }).count;
      expect([0, CARDS]).toContain(people);
      if (people === 0) outcomes.none++;
      else outcomes.all++;
    }
    expect(outcomes.killed).toBeGreaterThanOrEqual(4);
    expect(outcomes.none + outcomes.all).toBe(8);
  }, 120_000);
});
