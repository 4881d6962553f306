/**
 * The sync folder on disk: every *.jsonl file in it is read (other devices' files and the copies
 * that Syncthing, Dropbox or iCloud leave on a conflict), this device's file is written whole to a
 * temporary file and renamed over, so a reader never sees half of it.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { openKdf } from './crypto.js';
import { FORMAT, parseChange, parseHeader, type Header } from './format.js';
import type { Change } from './shadow.js';
import { unseal } from './crypto.js';

export interface LineProblem {
  file: string;
  line: number;
  problem: string;
}

export interface ReadFile {
  file: string;
  header: Header;
  /** Complete lines after the header, as stored (sealed or not). */
  raw: string[];
  /** Changes from the lines not read before, with their line numbers. */
  changes: { line: number; change: Change }[];
  hash: string;
}

export const hashLines = (lines: readonly string[]): string =>
  createHash('sha256').update(lines.join('\n')).digest('hex');

export function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.jsonl') && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    throw new DataError('syncFolderUnreadable', {
      path: folder,
      detail: (e as NodeJS.ErrnoException).code ?? '',
    });
  }
}

/**
 * Reads one file. `seen` is how many lines were read last time and their hash: when the file still
 * starts with them, only the lines after are parsed.
 */
export function readSyncFile(
  folder: string,
  file: string,
  passphrase: string | undefined,
  seen: { lines: number; hash: string } | undefined,
  problems: LineProblem[],
): ReadFile | undefined {
  let text: string;
  try {
    text = readFileSync(join(folder, file), 'utf8');
  } catch (e) {
    problems.push({ file, line: 0, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? ''})` });
    return undefined;
  }
  const parts = text.split('\n');
  const tail = parts.pop()!;
  if (parts.length === 0) {
    if (tail !== '') problems.push({ file, line: 1, problem: 'cut off before its first line ended' });
    return undefined;
  }
  const header = parseHeader(parts[0]!);
  if (typeof header === 'string') {
    problems.push({ file, line: 1, problem: header });
    return undefined;
  }
  if (header.format > FORMAT) throw new DataError('syncNewer', { file, found: header.format, known: FORMAT });
  let key: Buffer | undefined;
  if (header.enc) {
    if (passphrase === undefined) throw new DataError('syncNeedsKey', { file });
    key = openKdf(passphrase, header.enc) ?? undefined;
    if (!key) throw new DataError('syncWrongKey', { file });
  }
  const raw = parts.slice(1);
  const hash = hashLines(raw);
  const start =
    seen && seen.lines <= raw.length && hashLines(raw.slice(0, seen.lines)) === seen.hash ? seen.lines : 0;
  const changes: ReadFile['changes'] = [];
  for (let i = start; i < raw.length; i++) {
    const lineNo = i + 2;
    const plain = key ? unseal(key, raw[i]!) : raw[i]!;
    if (plain === null) {
      problems.push({ file, line: lineNo, problem: 'cannot be decrypted: the line is damaged' });
      continue;
    }
    if (plain.trim() === '') continue;
    const c = parseChange(plain, header.device);
    if (typeof c === 'string') problems.push({ file, line: lineNo, problem: c });
    else changes.push({ line: lineNo, change: c });
  }
  if (tail !== '')
    problems.push({
      file,
      line: parts.length + 1,
      problem: 'cut off mid-line (skipped until it is complete)',
    });
  return { file, header, raw, changes, hash };
}

/** Writes the whole file to a temporary name beside it, flushes it, then renames it into place. */
export function writeSyncFile(folder: string, file: string, header: Header, lines: readonly string[]): void {
  const target = join(folder, file);
  const tmp = join(folder, `.${file}.tmp-${process.pid}`);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, [JSON.stringify(header), ...lines].join('\n') + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new DataError('cannotWrite', {
      path: target,
      detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
}
