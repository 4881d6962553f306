import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

const worker = join(import.meta.dirname, 'worker.mjs');

function start(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [worker, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const done = new Promise<{ code: number | null; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, err })),
  );
  return done;
}

describe('concurrent writers', () => {
  it('two processes writing 500 records each while a third runs remind: all 1,000 land, no lock errors', async () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_NOW: '2026-11-22', REL_LANG: 'en', NO_COLOR: '1' };
    expect(rel(['add', 'Ken Sato', '--date', '2020-01-01', '--every', '1m'], env).code).toBe(0);
    const stop = join(dir, 'stop');
    const reminder = start(['remind', stop], env);
    const [a, b] = await Promise.all([start(['write', 'a', '500'], env), start(['write', 'b', '500'], env)]);
    writeFileSync(stop, '');
    const r = await reminder;
    for (const x of [a, b, r]) {
      expect(x.err).not.toMatch(/locked|busy|SQLITE/i);
      expect(x.code).toBe(0);
    }
    expect(r.err).toMatch(/remind runs: [1-9]/);
    const db = new Database(env.REL_DB, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM ledger WHERE what LIKE 'a-%'").pluck().get()).toBe(500);
    expect(db.prepare("SELECT count(*) FROM ledger WHERE what LIKE 'b-%'").pluck().get()).toBe(500);
    expect(db.prepare('SELECT gives FROM person_stats WHERE person_id = 1').pluck().get()).toBe(1000);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 120_000);
});
