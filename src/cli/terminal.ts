/**
 * The terminal one run of rel speaks to: its streams, which of them are terminals, its size and the
 * environment. The CLI layer is handed one (the process's, or a test's) and reads nothing else, so
 * tests run the CLI in-process without patching `process`.
 */
import type { Lang } from '../i18n/index.js';
import { isPlain as plainFd, plainWriter, type Out } from './plain-out.js';

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
 * `writeSync`: files and pipes are written without Node's streams (cli/plain-out.ts). Only the
 * start-up path asks for it: the full CLI's modules touch `process.stdout` as they load (a
 * dependency reads every property of `process`), and once Node has set a pipe up it is non-blocking.
 */
export function processTerminal({ writeSync = false } = {}): Terminal {
  let out: Out | undefined;
  let err: Out | undefined;
  const isPlain = (fd: 1 | 2) => writeSync && plainFd(fd);
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
