/** Runs the CLI in this process (as bin/rel.js would) and captures what it prints. */
import { cli } from '../../src/cli/entry.js';

export interface Result {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], env: Record<string, string>): Promise<Result> {
  const saved = { ...process.env };
  const out: string[] = [];
  const err: string[] = [];
  const write = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  Object.assign(process.env, { NO_COLOR: '1', LANG: 'C', REL_LANG: 'en', ...env });
  process.stdout.write = ((chunk: string | Uint8Array) => (
    out.push(String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    err.push(String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await cli(argv, '0.0.0-test');
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** Calls fn with stderr captured: returns its value and what it wrote. */
export function captureStderr<T>(fn: () => T): { value: T; err: string } {
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stderr.write;
  try {
    return { value: fn(), err: lines.join('') };
  } finally {
    process.stderr.write = write;
  }
}
