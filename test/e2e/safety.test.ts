/** The built CLI against the attacks of issue 16: outputs that could hurt, inputs at the edges. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';

function setup() {
  const dir = tempDir();
  const env = { REL_DB: join(dir, 'rel.db'), HOME: dir, REL_LANG: 'en' };
  expect(rel(['add', 'Aiko Tanaka', '--every', '2w'], env).code).toBe(0);
  return { dir, env, db: env.REL_DB };
}

const sh = (cmd: string, env: Record<string, string>) =>
  spawnSync('sh', ['-c', cmd], {
    env: { PATH: process.env.PATH ?? '', LANG: 'C', REL_NOW: '2026-11-22', ...env },
    encoding: 'utf8',
    timeout: 30000,
  });

describe('outputs', () => {
  it('export and remind --ics onto the database are refused and the db still works', () => {
    const { env, db } = setup();
    const before = readFileSync(db);
    for (const args of [
      ['export', '--format', 'csv', '--out', db],
      ['export', '--format', 'csv', '--out', db, '--force'],
      ['remind', '--ics', db],
      ['remind', '--ics', `${db}-wal`, '--force'],
    ]) {
      const r = rel(args, env);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/is a database.*never writes an export over it/);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(rel(['list', '--json'], env).out).toContain('Aiko Tanaka');
  });

  it('> /dev/full says the disk is full and exits 1', () => {
    const { env } = setup();
    for (const args of ['export --format csv', 'list', 'export --format json']) {
      const r = sh(`"${process.execPath}" "${BIN}" ${args} > /dev/full`, env);
      expect(r.status, args).toBe(1);
      expect(r.stderr).toMatch(/cannot write to standard output \(disk full, ENOSPC\)/);
    }
  });

  it('an existing file needs --force; the Japanese message says so too', () => {
    const { env, dir } = setup();
    const out = join(dir, 'people.vcf');
    expect(rel(['export', '--format', 'vcard', '--out', out], env).code).toBe(0);
    const again = rel(['export', '--format', 'vcard', '--out', out, '--lang', 'ja'], env);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/すでにあります.*--force/);
    expect(rel(['export', '--format', 'vcard', '--out', out, '--force'], env).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
