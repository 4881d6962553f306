/**
 * The terminal one run of rel speaks to: its streams, which of them are terminals, its size and the
 * environment. The CLI layer is handed one (the process's, or a test's) and reads nothing else, so
 * tests run the CLI in-process without patching `process`.
 */
import type { Writable } from 'node:stream';
import type { Lang } from '../i18n/index.js';

export interface Terminal {
  stdout: Writable;
  stderr: Writable;
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
  return {
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    isTTY: {
      get stdin() {
        return process.stdin.isTTY === true;
      },
      get stdout() {
        return process.stdout.isTTY === true;
      },
      get stderr() {
        return process.stderr.isTTY === true;
      },
    },
    size: {
      get columns() {
        return process.stdout.columns;
      },
      get rows() {
        return process.stdout.rows;
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
