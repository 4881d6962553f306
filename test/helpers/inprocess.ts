/** Runs the CLI in this process (as bin/rel.js would) on a terminal of its own, and keeps what it prints. */
import { Writable } from 'node:stream';
import { cli } from '../../src/cli/entry.js';
import { report } from '../../src/cli/errors.js';
import { newSession, type Session, type Terminal } from '../../src/cli/terminal.js';

export interface Result {
  code: number;
  out: string;
  err: string;
}

/**
 * A session whose terminal is no terminal (unless `tty` says a stream is one): stdout and stderr
 * are kept, the environment is `env`.
 */
export function fakeSession(
  env: NodeJS.ProcessEnv,
  tty: Partial<Terminal['isTTY']> = {},
): {
  session: Session;
  out: () => string;
  err: () => string;
} {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (to: string[]) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        to.push(chunk.toString('utf8'));
        done();
      },
    });
  const term: Terminal = {
    stdout: sink(out),
    stderr: sink(err),
    isTTY: { stdin: false, stdout: false, stderr: false, ...tty },
    size: { columns: undefined, rows: undefined },
    env,
  };
  return { session: newSession(term), out: () => out.join(''), err: () => err.join('') };
}

/** The environment of an in-process run: this process's, plain (no color, English), then `env`. */
export const plainEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NO_COLOR: '1',
  LANG: 'C',
  REL_LANG: 'en',
  ...env,
});

/** `tty`: which streams pretend to be a terminal (none unless said). */
export async function runCli(
  argv: string[],
  env: Record<string, string>,
  tty: Partial<Terminal['isTTY']> = {},
): Promise<Result> {
  const t = fakeSession(plainEnv(env), tty);
  const code = await cli(argv, '0.0.0-test', t.session);
  return { code, out: t.out(), err: t.err() };
}

/** What the CLI says of an error (cli/errors.ts): the exit code, and the line on stderr. */
export function reported(
  e: unknown,
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): { value: number; err: string } {
  const t = fakeSession(env);
  const value = report(e, argv, t.session);
  return { value, err: t.err() };
}
