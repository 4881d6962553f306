/** `rel import`: people from address books and LinkedIn, or a rel backup; all or nothing. */
import { writeTx } from '../db/tx.js';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { DataError, UsageError } from '../errors.js';
import { isEmpty } from '../db/repos/backup.js';
import { restoreBackup } from '../io/backup.js';
import { checkBackup } from '../io/backup-check.js';
import { parseCsv, parseLinkedIn } from '../io/csv.js';
import { applyImported, PersonIndex } from '../io/match.js';
import type { ImportedPerson } from '../io/types.js';
import { parseVcards } from '../io/vcard.js';
import type { Deps } from './support/deps.js';
import { MAX_TEXT } from '../domain/limits.js';
import { decode, parseEncoding, parseMaxMb, readImport, type Encoding } from '../io/read-input.js';

export const IMPORT_FORMATS = ['json', 'vcard', 'csv', 'linkedin'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportResult {
  format: ImportFormat;
  file: string;
  dryRun: boolean;
  added: string[];
  merged: { name: string; into: string; by: string }[];
  unchanged: number;
  records: number;
}

class DryRun extends Error {}

/** Standard input, decoded like a file (BOM, UTF-8, then Shift_JIS, or the forced encoding) and capped alike. */
function readStdin(deps: Deps, name: string, maxMb: number, encoding?: Encoding): string {
  if (deps.stdin) return deps.stdin();
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (e) {
    throw new DataError('fileUnreadable', {
      path: name,
      detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
  const max = Math.floor(maxMb * 1024 * 1024);
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  if (bytes.length > max)
    throw new DataError('importTooBig', { path: name, mb: mb(bytes.length), max: mb(max) });
  return decode(bytes, name, encoding).text;
}

/** The CLI's own limits hold for imports too, and a garbled name is never matched or stored. */
function checkImported(p: ImportedPerson): void {
  const where = p.where;
  if (p.name.includes('\uFFFD')) throw new DataError('importGarbled', { where });
  const limit = (field: string, v: string | null, max: number) => {
    if (v !== null && v.length > max) throw new DataError('importTooLong', { where, field, max });
  };
  limit('name', p.name, 200);
  limit('note', p.note, MAX_TEXT);
  limit('org', p.org, MAX_TEXT);
  for (const n of p.nicknames) limit('nickname', n, 100);
  for (const t of p.tags) limit('tag', t, 100);
  for (const c of [...p.emails, ...p.phones]) limit('contact', c, MAX_TEXT);
}

function guessFormat(file: string): ImportFormat | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.json'
    ? 'json'
    : ext === '.vcf' || ext === '.vcard'
      ? 'vcard'
      : ext === '.csv'
        ? 'csv'
        : undefined;
}

export async function importData(
  opts: { file: string; format?: string; dryRun?: boolean; encoding?: string; maxSize?: string },
  deps: Deps,
): Promise<ImportResult> {
  const fromStdin = opts.file === '-';
  if (fromStdin && opts.format === undefined) throw new UsageError('importStdinNeedsFormat', undefined);
  const given = opts.format?.toLowerCase() as ImportFormat | undefined;
  if (given !== undefined && !IMPORT_FORMATS.includes(given)) {
    throw new UsageError('invalidValue', { option: '--format', value: opts.format!, valid: IMPORT_FORMATS });
  }
  const encoding = parseEncoding(opts.encoding);
  const maxMb = parseMaxMb(opts.maxSize);
  // Standard input is named in messages as such ("standard input: card 3 …").
  const path = fromStdin ? deps.t.cli.stdinName() : resolve(deps.cwd, opts.file);
  const text = fromStdin
    ? readStdin(deps, path, maxMb, encoding)
    : readImport(path, encoding ? { maxMb, encoding } : { maxMb });
  // Guessed from the name once the file is known to be readable (a folder or a typo says so first).
  const format = given ?? guessFormat(opts.file);
  if (!format) throw new UsageError('importFormatUnknown', { path });
  const result: ImportResult = {
    format,
    file: fromStdin ? '-' : path,
    dryRun: opts.dryRun === true,
    added: [],
    merged: [],
    unchanged: 0,
    records: 0,
  };
  const stamp = deps.now.toISOString();
  const { db } = deps;
  let work: () => void;
  if (format === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new DataError('backupBad', { path, problem: { code: 'notJson', detail: (e as Error).message } });
    }
    const backup = checkBackup(raw, path);
    work = () => {
      const r = restoreBackup(db, backup, stamp, isEmpty(db));
      Object.assign(result, {
        added: r.added,
        merged: r.merged,
        unchanged: r.unchanged,
        records: r.records,
      });
    };
  } else {
    // Parse the whole file first: a bad card or row stops everything before a single write.
    const people: ImportedPerson[] =
      format === 'vcard'
        ? parseVcards(text)
        : format === 'linkedin'
          ? parseLinkedIn(text, path)
          : parseCsv(text, path);
    people.forEach(checkImported);
    work = () => {
      const index = new PersonIndex(db);
      people.forEach((p, i) => {
        const r = applyImported(db, p, index, stamp);
        if (r.action === 'added') result.added.push(r.name);
        else if (r.action === 'merged') result.merged.push({ name: r.name, into: r.into, by: r.by });
        else result.unchanged++;
        if (deps.onProgress && (i % 200 === 0 || i === people.length - 1))
          deps.onProgress(i + 1, people.length);
      });
      result.records = people.length;
    };
  }
  try {
    writeTx(db, () => {
      work();
      if (opts.dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  return result;
}
