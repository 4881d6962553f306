/** CSV in (LinkedIn Connections, Google Contacts) and out (safe to open in a spreadsheet). */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DataError } from '../errors.js';
import { parseBirthday, type Day } from '../domain/dates.js';
import { cleanName } from '../domain/names.js';
import { neutralise } from './csv-cells.js';
import { isRelCsv, parseRelCsv } from './rel-csv.js';
import { emptyImported, type ImportedPerson } from './types.js';

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** LinkedIn's "15 Mar 2023". */
export function linkedInDate(s: string): Day | null {
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(s.trim());
  const mm = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  return m && mm ? `${m[3]}-${mm}-${m[1]!.padStart(2, '0')}` : null;
}

function records(text: string, skipTo: number): Record<string, string>[] {
  try {
    // From the top (rel's own CSV, Google's): the text as it is, so a CR inside a quoted cell stays.
    return parse(skipTo === 0 ? text : text.split(/\r?\n/).slice(skipTo).join('\n'), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as Record<string, string>[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DataError('importBadRow', {
      where: { line: (err.lines ?? 0) + skipTo },
      problem: { code: 'unreadable', detail: err.message },
    });
  }
}

/** LinkedIn's Connections.csv: a few lines of notes, then the table. */
export function parseLinkedIn(input: string, path: string): ImportedPerson[] {
  const text = input.replace(/^\uFEFF/, '');
  const header = text.split(/\r?\n/).findIndex((l) => /^"?First Name"?,"?Last Name"?,/.test(l));
  if (header < 0)
    throw new DataError('importUnknownShape', {
      path,
      expected: 'linkedin',
    });
  return records(text, header).map((r, i) => {
    const where = `line ${header + 2 + i}`;
    const name = cleanName(`${r['First Name'] ?? ''} ${r['Last Name'] ?? ''}`);
    if (!name)
      throw new DataError('importBadRow', {
        where: { line: header + 2 + i },
        problem: { code: 'noFirstLast' },
      });
    const p = emptyImported(name, `${where}, ${name}`);
    if (r['Email Address']) p.emails = [r['Email Address'].toLowerCase()];
    p.org = r.Company || null;
    const position = r.Position ? `${r.Position}${r.Company ? ` at ${r.Company}` : ''}` : null;
    p.note = [position, r.URL || null].filter(Boolean).join(' · ') || null;
    p.met = r['Connected On'] ? linkedInDate(r['Connected On']) : null;
    p.origin = 'online';
    p.tags = ['linkedin'];
    return p;
  });
}

/** Google Contacts' CSV export. */
export function parseGoogleCsv(input: string, path: string): ImportedPerson[] {
  const text = input.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (!/First Name/.test(first) || !/(E-mail 1 - Value|Labels|Nickname)/.test(first))
    throw new DataError('importUnknownShape', {
      path,
      expected: 'google',
    });
  return records(text, 0).map((r, i) => {
    const where = `record ${i + 1}`;
    const name = cleanName(
      [r['First Name'], r['Middle Name'], r['Last Name']].filter(Boolean).join(' ') || r.Name || '',
    );
    if (!name) throw new DataError('importBadRow', { where: { record: i + 1 }, problem: { code: 'noName' } });
    const p = emptyImported(name, `${where}, ${name}`);
    if (r.Nickname) p.nicknames = [r.Nickname];
    p.org = r['Organization Name'] || r['Organization 1 - Name'] || null;
    p.reading =
      cleanName(
        [
          r['Phonetic Last Name'] || r['Family Name Yomi'],
          r['Phonetic Middle Name'],
          r['Phonetic First Name'] || r['Given Name Yomi'],
        ]
          .filter(Boolean)
          .join(' '),
      ) || null;
    p.place = r['Address 1 - City'] || r['Address 1 - Formatted'] || null;
    p.note = r.Notes || null;
    p.birthday = r.Birthday ? (parseBirthday(r.Birthday.replace(/^--/, '')) ?? null) : null;
    for (const [k, v] of Object.entries(r)) {
      if (!v) continue;
      if (/^E-mail \d+ - Value$/.test(k))
        p.emails.push(...v.split(' ::: ').map((x) => x.trim().toLowerCase()));
      if (/^Phone \d+ - Value$/.test(k)) p.phones.push(...v.split(' ::: ').map((x) => x.trim()));
    }
    p.tags = (r.Labels ?? '')
      .split(':::')
      .map((s) => s.replace(/^\*\s*/, '').trim())
      .filter((s) => s && s !== 'myContacts' && s !== 'starred');
    return p;
  });
}

/** Which CSV this is, from its first line: rel's own export, Google's header, else LinkedIn's (after its notes). */
export function parseCsv(input: string, path: string): ImportedPerson[] {
  const first = input.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (isRelCsv(first)) return parseRelCsv(records(input.replace(/^\uFEFF/, ''), 0));
  return /First Name/.test(first) && /(Middle Name|E-mail 1 - Value)/.test(first)
    ? parseGoogleCsv(input, path)
    : parseLinkedIn(input, path);
}

/**
 * Every field quoted (so a bare CR or LF, a quote or a comma inside one never starts a new row or
 * cell), CRLF between records, formulas neutralised.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return stringify(
    [
      header,
      ...rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : neutralise(c)))),
    ],
    { record_delimiter: '\r\n', quoted: true, quoted_empty: false },
  );
}
