/** Reading back rel's own CSV export (rel export --format csv): people and their contact details. */
import { DataError } from '../errors.js';
import { parseBirthday } from '../domain/dates.js';
import { cleanName } from '../domain/names.js';
import { parseOrigin } from '../domain/vocab.js';
import { restoreCell } from './csv-cells.js';
import { emptyImported, type ImportedPerson } from './types.js';

/** rel's header starts id,name,nicknames. */
export const isRelCsv = (firstLine: string): boolean => /^"?id"?,"?name"?,"?nicknames"?(,|$)/.test(firstLine);

/** The export put ' before formula starts (and doubled a leading '), also after line breaks: undone. */
const cell = (v: string | undefined): string => restoreCell(v ?? '').trim();
const several = (v: string | undefined): string[] =>
  cell(v)
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

export function parseRelCsv(rows: Record<string, string>[]): ImportedPerson[] {
  return rows.map((r, i) => {
    const where = `line ${i + 2}`;
    const name = cleanName(cell(r.name));
    if (!name) throw new DataError('importBadRow', { where: { line: i + 2 }, problem: { code: 'noName' } });
    const p = emptyImported(name, `${where}, ${name}`);
    p.nicknames = several(r.nicknames);
    p.tags = several(r.tags);
    p.emails = several(r.emails).map((e) => e.toLowerCase());
    p.phones = several(r.phones);
    p.org = cell(r.org) || null;
    p.reading = cell(r.reading) || null;
    p.place = cell(r.where) || null;
    p.note = cell(r.note) || null;
    p.origin = parseOrigin(cell(r.origin)) ?? null;
    p.met = /^\d{4}-\d\d-\d\d$/.test(cell(r.met)) ? cell(r.met) : null;
    p.birthday = cell(r.birthday) ? (parseBirthday(cell(r.birthday)) ?? null) : null;
    return p;
  });
}
