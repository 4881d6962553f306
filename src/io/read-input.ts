/**
 * Reading a file to import: only a regular file (a device such as /dev/zero or a FIFO is refused,
 * not read forever), at most `maxBytes`, then decoded: a BOM says UTF-8 or UTF-16; otherwise strict
 * UTF-8, then Shift_JIS (Japanese phones, older Outlook); `encoding` forces one. Bytes that fit none
 * are refused, never guessed into garbled names. Standard input (`-`) can hand its bytes to `decode`.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { DataError, UsageError } from '../errors.js';

export const DEFAULT_MAX_MB = 64;
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
};

export function parseEncoding(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const e = ALIASES[value.trim().toLowerCase()];
  if (!e) throw new UsageError('invalidValue', { option: '--encoding', value, valid: ENCODINGS });
  return e;
}

export function parseMaxMb(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_MB;
  const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n > 0) || n > 1024 * 1024) throw new UsageError('invalidNumber', { option: '--max-size', value });
  return n;
}

/** The file's bytes, or a DataError: not a regular file, too large, unreadable. */
export function readImportBytes(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang before we can refuse it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError('fileUnreadable', { path, detail: code ?? (e as Error).message });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new DataError('importNotFile', { path });
    if (st.size > maxBytes) throw new DataError('importTooBig', { path, mb: mb(st.size), max: mb(maxBytes) });
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) throw new DataError('importTooBig', { path, mb: mb(n), max: mb(maxBytes) });
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('fileUnreadable', { path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  } finally {
    closeSync(fd);
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Text from bytes: the forced encoding, else the BOM, else strict UTF-8, else strict Shift_JIS. */
export function decode(
  bytes: Uint8Array,
  path: string,
  forced?: Encoding,
): { text: string; encoding: Encoding } {
  const attempt = (enc: Encoding): string | undefined => {
    try {
      return new TextDecoder(enc, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const order: Encoding[] = forced
    ? [forced]
    : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? ['utf-8']
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? ['utf-16le']
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? ['utf-16be']
          : ['utf-8', 'shift_jis'];
  for (const enc of order) {
    const text = attempt(enc);
    if (text !== undefined) return { text, encoding: enc };
  }
  throw new DataError('importEncoding', { path, tried: order });
}

/** A regular file, within the size cap, decoded. */
export function readImport(path: string, opts: { maxMb?: number; encoding?: Encoding } = {}): string {
  const max = Math.floor((opts.maxMb ?? DEFAULT_MAX_MB) * 1024 * 1024);
  return decode(readImportBytes(path, max), path, opts.encoding).text;
}
