/**
 * The terminal one run of rel speaks to: its streams, which of them are terminals, its size and the
 * environment. The CLI layer is handed one (the process's, or a test's) and reads nothing else, so
 * tests run the CLI in-process without patching `process`.
 */
import type { Lang } from '../i18n/index.js';
import { isPlain, plainWriter, type Out } from './plain-out.js';

export interface Terminal {
  stdout: Out;
  stderr: Out;
  /** Which standard streams are terminals. */
  isTTY: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** The screen's columns and rows when stdout is a terminal. */
  size: { columns: number | undefined; rows: number | undefined };
  env: NodeJS.ProcessEnv;
}

/**
 * The process's own. Every stream is asked for only when used: Node sets a standard stream up the
 * first time it is touched, and a command that never writes to stderr should not pay for it.
 */
export function processTerminal(): Terminal {
  let out: Out | undefined;
  let err: Out | undefined;
  return {
    get stdout() {
      return (out ??= isPlain(1) ? plainWriter(1, () => process.stdout) : process.stdout);
    },
    get stderr() {
      return (err ??= isPlain(2) ? plainWriter(2, () => process.stderr) : process.stderr);
    },
    isTTY: {
      get stdin() {
        return process.stdin.isTTY === true;
      },
      get stdout() {
        return !isPlain(1) && process.stdout.isTTY === true;
      },
      get stderr() {
        return !isPlain(2) && process.stderr.isTTY === true;
      },
    },
    size: {
      get columns() {
        return isPlain(1) ? undefined : process.stdout.columns;
      },
      get rows() {
        return isPlain(1) ? undefined : process.stdout.rows;
      },
    },
    env: process.env,
  };
}

/** One run: its terminal, and what an error message needs once the db is open (its language, its path). */
export interface Session {
  term: Terminal;
  lang: Lang | undefined;
  dbPath: string | undefined;
}

export const newSession = (term: Terminal = processTerminal()): Session => ({
  term,
  lang: undefined,
  dbPath: undefined,
});
