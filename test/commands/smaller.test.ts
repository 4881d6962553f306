/** The smaller edges of issue 16: numbers typed as hex, settings files edited by hand, busy writers. */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { BUSY_TIMEOUT_MS } from '../../src/db/open.js';
import { rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

describe('numbers are plain decimals', () => {
  it('--cost 0x10, 1e3 or 0b1 is refused; 1,000 and ¥500 and 1.5 are read', async () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), HOME: dir };
    for (const cost of ['0x10', '1e3', '0b1', '0o7', 'Infinity', '-1'])
      expect((await runCli(['event', 'Meetup', '--kind', 'mixer', '--cost', cost], env)).code, cost).toBe(2);
    for (const [cost, n] of [
      ['1,000', 1000],
      ['¥500', 500],
      ['1.5', 1.5],
    ] as const) {
      const r = await runCli(['event', `Meetup ${cost}`, '--kind', 'mixer', '--cost', cost, '--json'], env);
      expect(r.code).toBe(0);
      expect(JSON.stringify(JSON.parse(r.out))).toContain(`"cost":${n}`);
    }
    expect((await runCli(['config', 'set', 'rules.paid-club.maxCost', '0x10'], env)).code).toBe(2);
  });
});

describe('settings are checked when loaded', () => {
  it('a wrong type names the setting; a good file loads', () => {
    const path = join(tempDir(), 'config.json');
    const bad: [unknown, RegExp][] = [
      [{ currency: 5 }, /"currency" must be a currency code/],
      [{ currency: 'yen' }, /"currency"/],
      [{ rules: [] }, /"rules" must be an object/],
      [{ rules: { 'give-first': { enabled: 'no' } } }, /"rules\.give-first\.enabled" must be true or false/],
      [{ rules: { 'paid-club': { maxCost: '1000' } } }, /"rules\.paid-club\.maxCost" must be a number/],
      [{ rules: { 'paid-club': { maxCost: -1 } } }, /maxCost/],
      [{ theme: 'dark' }, /"theme" is not a setting/],
    ];
    for (const [content, msg] of bad) {
      writeFileSync(path, JSON.stringify(content));
      expect(() => loadConfig(path)).toThrow(expect.objectContaining({ key: 'configBad' }));
      try {
        loadConfig(path);
      } catch (e) {
        expect((e as { data: { detail: string } }).data.detail).toMatch(msg);
      }
    }
    writeFileSync(path, JSON.stringify({ currency: 'USD', rules: { 'give-first': { enabled: false } } }));
    expect(loadConfig(path)).toEqual({ currency: 'USD', rules: { 'give-first': { enabled: false } } });
  });
});

describe('a writer behind a long import', () => {
  it('waits longer than 5 s instead of failing', async () => {
    expect(BUSY_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), HOME: dir };
    expect(rel(['add', 'Aiko Tanaka'], env).code).toBe(0);
    // Another connection holds the write lock for 6 s, as a long import would.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});const db=new D(${JSON.stringify(env.REL_DB)});` +
          `db.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{db.exec('COMMIT');db.close()},6000)`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((r) => holder.stdout.once('data', r));
    const r = rel(['add', 'Ken Sato'], env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    await new Promise((r) => holder.on('close', r));
    const db = new Database(env.REL_DB, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2);
    db.close();
  }, 30000);
});
