/**
 * The one way rel writes a file the user named (exports, the .ics feed): into a temp file in the same
 * folder, created 0600 with O_EXCL (so never through a symlink), fsynced, then renamed over the
 * target. A crash or a full disk leaves the old file as it was. It refuses a target that is the
 * database, its sidecars or any SQLite file (a backup), a symlink, or something that is not a regular
 * file, and an existing file unless `force` (or the file is one rel wrote for the same purpose).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DataError } from '../errors.js';

/** What to write: the whole text, chunks (sync or async), or a function handed a `write`. */
export type Chunks =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | ((write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void> | void);

export interface PrivateWriteOptions {
  /** The database in use: the target may not be it, its -wal/-shm/-journal, or a backup of it. */
  dbPath?: string;
  /** Replace an existing file (never the database, a symlink or a non-regular file). */
  force?: boolean;
  /** Recognises, from its first bytes, a file rel wrote for the same purpose (replaced without force). */
  ownFile?: (head: string) => boolean;
}

export interface Written {
  path: string;
  bytes: number;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Reads the first bytes of a file, or '' when it cannot. */
function head(path: string, n = 512): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)).toString('latin1');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const statOrNull = (p: string): Stats | null => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    // Not there yet: resolve the folder (which must exist) and keep the name.
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return resolve(p);
    }
  }
};

/** The database and what belongs to it: its sidecars and the backups rel makes beside it. */
function isPartOfDb(target: string, st: Stats | null, dbPath: string): boolean {
  const db = real(dbPath);
  const t = real(target);
  const own = ['', '-wal', '-shm', '-journal'].map((s) => db + s);
  if (own.includes(t)) return true;
  if (dirname(t) === dirname(db) && basename(t).startsWith(`${basename(db)}.`) && /\.bak$/.test(t))
    return true;
  if (st) {
    for (const f of own) {
      const o = statOrNull(f);
      if (o && o.dev === st.dev && o.ino === st.ino) return true;
    }
  }
  return false;
}

/** Checks the target before anything is written; throws a DataError naming the problem. */
export function checkTarget(path: string, opts: PrivateWriteOptions = {}): void {
  const refuse = (reason: Parameters<typeof refusal>[1]) => {
    throw refusal(path, reason);
  };
  let link: Stats | null = null;
  try {
    link = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(path, e);
  }
  if (link?.isSymbolicLink()) refuse('symlink');
  const st = link;
  if (opts.dbPath !== undefined && opts.dbPath !== ':memory:' && isPartOfDb(path, st, opts.dbPath))
    refuse('database');
  if (!st) return;
  if (st.isDirectory()) refuse('directory');
  if (!st.isFile()) refuse('notRegular');
  const first = head(path);
  if (first.startsWith(SQLITE_MAGIC)) refuse('database');
  if (!opts.force && !(opts.ownFile?.(first) ?? false)) refuse('exists');
}

type Reason = 'symlink' | 'database' | 'directory' | 'notRegular' | 'exists';

function refusal(path: string, reason: Reason): DataError<'outRefused'> {
  return new DataError('outRefused', { path, reason });
}

/** A clear word for what the system said, for "cannot write …". */
export function writeError(path: string, e: unknown): DataError {
  const err = e as NodeJS.ErrnoException;
  if (err instanceof DataError) return err;
  return new DataError('cannotWrite', { path, detail: ioWord(err.code) ?? err.message });
}

const WORDS: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error on the disk',
  EPIPE: 'the reader closed the pipe',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EFBIG: 'file too large',
};

export const ioWord = (code: string | undefined): string | undefined =>
  code === undefined ? undefined : WORDS[code] ? `${WORDS[code]}, ${code}` : code;

async function* chunksOf(source: Exclude<Chunks, (w: never) => unknown>): AsyncIterable<string | Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) yield source;
  else yield* source;
}

/** Writes `source` to `path` atomically, private (0600), after checkTarget. */
export async function writePrivateFile(
  path: string,
  source: Chunks,
  opts: PrivateWriteOptions = {},
): Promise<Written> {
  checkTarget(path, opts);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fh;
  try {
    fh = await open(tmp, 'wx', 0o600);
  } catch (e) {
    throw writeError(path, e);
  }
  let bytes = 0;
  try {
    const file = fh;
    const write = async (chunk: string | Uint8Array) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (buf.length === 0) return;
      let off = 0;
      while (off < buf.length) {
        const { bytesWritten } = await file.write(buf, off, buf.length - off);
        off += bytesWritten;
      }
      bytes += buf.length;
    };
    if (typeof source === 'function') await source(write);
    else for await (const c of chunksOf(source)) await write(c);
    await fh.sync();
    await fh.close();
    fh = undefined;
    // Checked again just before the rename: the target may have appeared meanwhile.
    checkTarget(path, opts);
    await rename(tmp, path);
  } catch (e) {
    if (fh) await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw writeError(path, e);
  }
  await syncDir(dir);
  return { path, bytes };
}

async function syncDir(dir: string): Promise<void> {
  try {
    const d = await open(dir, 'r');
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    // some file systems cannot open or fsync a folder: the rename is still in place
  }
}
