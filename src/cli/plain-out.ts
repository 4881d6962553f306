/**
 * Standard output and error into a file, a pipe or /dev/null, written with writeSync, on the
 * start-up path (cli/lean-main.ts). `process.stdout` and `process.stderr` load Node's stream modules
 * when first touched (~10% of a `rel give`); a file, a pipe or /dev/null needs none of them. A terminal (or anything else)
 * keeps Node's stream. Should a write find a pipe full and non-blocking (EAGAIN), this output and
 * all that follows go through Node's stream, in order, its events included; a failed write is an
 * `error` for whoever waits on the writer.
 */
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import type { Writable } from 'node:stream';
import { outputError } from './finish.js';

/** What rel writes its output to: a Node stream, or the plain writer below. */
export type Out = Pick<Writable, 'write' | 'destroyed' | 'errored' | 'once' | 'off'>;

const plain: (boolean | undefined)[] = [];

/**
 * Whether standard output (1) or error (2) is a regular file, a pipe, a socket or /dev/null (a
 * script's or a cron job's `> /dev/null`): never a terminal.
 */
export function isPlain(fd: 1 | 2): boolean {
  if (plain[fd] === undefined) {
    try {
      const s = fstatSync(fd);
      plain[fd] = process.platform !== 'win32' && (s.isFile() || s.isFIFO() || s.isSocket() || isDevNull(s));
    } catch {
      plain[fd] = false;
    }
  }
  return plain[fd];
}

/** Whether a character device is /dev/null (a terminal is a character device too). */
function isDevNull(s: Stats): boolean {
  if (!s.isCharacterDevice()) return false;
  const n = statSync('/dev/null');
  return s.rdev === n.rdev && s.ino === n.ino && s.dev === n.dev;
}

/**
 * A writer for fd 1 or 2 that writes each chunk at once; `stream` is Node's, used after an EAGAIN
 * (`write` is fs.writeSync but in tests).
 */
export function plainWriter(
  fd: 1 | 2,
  stream: () => NodeJS.WriteStream,
  write: typeof writeSync = writeSync,
): Out {
  let node: NodeJS.WriteStream | undefined;
  let failed: Error | null = null;
  const out = {
    get destroyed() {
      return node ? node.destroyed : failed !== null;
    },
    get errored() {
      return node ? node.errored : failed;
    },
    write(chunk: string | Uint8Array, encoding?: unknown, cb?: unknown): boolean {
      const done = (typeof encoding === 'function' ? encoding : cb) as
        ((e?: Error | null) => void) | undefined;
      if (node) return node.write(chunk, done);
      if (failed) return false;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      let at = 0;
      try {
        while (at < bytes.length) at += write(fd, bytes, at);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EAGAIN') {
          node = stream();
          return node.write(bytes.subarray(at), done);
        }
        failed = err;
        outputError(err, fd === 1 ? 'stdout' : 'stderr');
        return false;
      }
      if (done) queueMicrotask(() => done(null));
      return true;
    },
    once(event: string, listener: (...args: unknown[]) => void) {
      if (node) node.once(event, listener);
      else if (failed && event === 'error') queueMicrotask(() => listener(failed));
      return out;
    },
    off(event: string, listener: (...args: unknown[]) => void) {
      node?.off(event, listener);
      return out;
    },
  };
  return out as unknown as Out;
}
