/** `rel export`: everything back out, as a lossless JSON backup, vCard 4.0, CSV or a Markdown journal. */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { allContacts } from '../db/repos/contacts.js';
import { allPeople, countPeople } from '../db/repos/people.js';
import { personStats } from '../db/repos/stats.js';
import { backupChunks } from '../io/backup-stream.js';
import { writeCsv } from '../io/csv.js';
import { journal } from '../io/markdown.js';
import { checkTarget, writePrivateFile } from '../io/private-file.js';
import { writeVcards } from '../io/vcard.js';
import type { Deps } from './support/deps.js';

export const EXPORT_FORMATS = ['json', 'vcard', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  format: ExportFormat;
  /** The file written, or null when the export went to stdout. */
  path: string | null;
  people: number;
  /** The exported text, in chunks, when it goes to stdout (the CLI writes them as they come). */
  chunks?: Iterable<string>;
}

export async function exportData(
  opts: { format?: string; out?: string; force?: boolean },
  deps: Deps,
): Promise<ExportResult> {
  const format = (opts.format ?? 'json').toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format))
    throw new UsageError('invalidValue', {
      option: '--format',
      value: opts.format ?? '',
      valid: EXPORT_FORMATS,
    });
  const { db } = deps;
  const path = opts.out === undefined ? null : resolve(deps.cwd, opts.out);
  const guard = { dbPath: deps.dbPath, force: opts.force === true };
  // Refused before any work, so a wrong --out costs nothing.
  if (path !== null) checkTarget(path, guard);
  const people = countPeople(db);
  // The JSON backup is streamed table by table (a large history never sits in memory whole).
  const chunks = format === 'json' ? backupChunks(db, deps.today) : [await wholeText(format, deps)];
  if (path === null) return { format, path: null, people, chunks };
  await writePrivateFile(path, chunks, guard);
  return { format, path, people };
}

/** vCard, CSV and Markdown, built whole (they hold one line or card per person, not the history). */
async function wholeText(format: Exclude<ExportFormat, 'json'>, deps: Deps): Promise<string> {
  const { db } = deps;
  const people = allPeople(db);
  const contacts = allContacts(db);
  const withContacts = people.map((p) => ({
    ...p,
    emails: contacts.get(p.id)?.emails ?? [],
    phones: contacts.get(p.id)?.phones ?? [],
  }));
  if (format === 'vcard') return writeVcards(withContacts);
  else if (format === 'csv') {
    const stats = personStats(db);
    const names = new Map(people.map((p) => [p.id, p.name]));
    return writeCsv(
      [
        'id',
        'name',
        'nicknames',
        'origin',
        'introducer',
        'met',
        'every',
        'circle',
        'birthday',
        'tags',
        'emails',
        'phones',
        'org',
        'reading',
        'where',
        'note',
        'gives',
        'takes',
        'last_touch',
      ],
      withContacts.map((p) => {
        const s = stats.get(p.id);
        return [
          p.id,
          p.name,
          p.nicknames.join('; '),
          p.origin,
          p.introducerId === null ? null : (names.get(p.introducerId) ?? null),
          p.met,
          p.every,
          p.circle,
          p.birthday,
          p.tags.join('; '),
          p.emails.join('; '),
          p.phones.join('; '),
          p.org,
          p.reading,
          p.place,
          p.note,
          s?.gives ?? 0,
          s?.takes ?? 0,
          s?.lastTouch ?? null,
        ];
      }),
    );
  }
  return journal(deps.db, deps.t, deps.today);
}
