import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'rel.js');

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built bin/rel.js as a user would, with a clean environment. */
export function rel(args: string[], env: Record<string, string> = {}, input: string | Buffer = ''): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: env.HOME ?? '/nonexistent',
      LANG: 'C',
      REL_NOW: '2026-11-22',
      ...env,
    },
    encoding: 'utf8',
    input,
    timeout: 30000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
