/**
 * Output into a pipe its reader drains slowly arrives whole: the full CLI's streamed export (Node's
 * stream, which waits for the pipe) and the start-up path's list (written with writeSync), byte for
 * byte what the same commands write into a file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomNetwork } from '../helpers/random-network.js';
import { BIN } from '../helpers/cli.js';
import { tempDir, testEnv } from '../helpers/db.js';

const env = { PATH: process.env.PATH ?? '', HOME: '/nonexistent', LANG: 'C', REL_NOW: '2026-11-22' };

/** What the command writes into a file. */
function intoFile(args: string[]): Buffer {
  const file = join(tempDir(), 'out');
  const fd = openSync(file, 'w');
  const r = spawnSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  expect(r.status).toBe(0);
  return readFileSync(file);
}

/** What the command writes into a pipe nobody reads for a while, then reads. */
function throughSlowPipe(args: string[]): Promise<{ code: number | null; out: Buffer }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.on('data', (c: Buffer) => chunks.push(c)).resume(), 400);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks) }));
  });
}

describe('a slow pipe', () => {
  it('gets the whole export and the whole list', async () => {
    const { db, deps } = testEnv();
    randomNetwork(db, 5, deps.today, 800);
    const path = deps.dbPath;
    db.close();
    for (const args of [
      ['--db', path, 'export', '--format', 'json'],
      ['--db', path, 'list', '--json'],
    ]) {
      const want = intoFile(args);
      // More than a pipe holds (64 KiB on Linux), so the writer must wait for the reader.
      expect(want.length).toBeGreaterThan(150_000);
      const got = await throughSlowPipe(args);
      expect(got.code).toBe(0);
      expect(got.out.equals(want)).toBe(true);
    }
  });
});
