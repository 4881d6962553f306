/** The full-text index (migration 0006): finding rows for search terms, and the from-scratch view. */
import { NEEDS_ROWS } from '../migrations/0011-search-needs.js';
import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import { SEARCH_ROWS } from '../migrations/0006-search.js';
import type { SearchTerm, SearchType } from '../../domain/search.js';

export interface SearchRow {
  personId: number | null;
  name: string | null;
  type: SearchType;
  date: string | null;
  text: string;
}

/** The trigram index needs three characters; shorter words are found by a scan instead. */
const TRIGRAM = 3;
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One term as SQL: any variant anywhere, or a reading variant in a reading. */
function termSql(t: SearchTerm, i: number, params: Record<string, string>): string {
  const anyOf = (vs: readonly string[], key: string): string[] => {
    const long = vs.filter((v) => [...v].length >= TRIGRAM);
    const short = vs.filter((v) => [...v].length < TRIGRAM);
    const parts: string[] = [];
    if (long.length) {
      params[key] = long.map(quote).join(' OR ');
      parts.push(`s.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH @${key})`);
    }
    short.forEach((v, j) => {
      params[`${key}_${j}`] = v.toLowerCase();
      parts.push(`instr(lower(s.text), @${key}_${j}) > 0`);
    });
    return parts;
  };
  const parts = anyOf(t.variants, `t${i}`);
  const reading = anyOf(t.readingVariants, `r${i}`);
  if (reading.length) parts.push(`(s.type = 'reading' AND (${reading.join(' OR ')}))`);
  return `(${parts.join(' OR ')})`;
}

/** Every indexed text that contains all the terms, newest first (a person's own texts date from when you met). */
export function searchRows(db: Db, terms: readonly SearchTerm[]): SearchRow[] {
  if (terms.length === 0) return [];
  const params: Record<string, string> = {};
  const where = terms.map((t, i) => termSql(t, i, params)).join(' AND ');
  const rows = db
    .prepare(
      `SELECT s.person_id, p.name, s.type, coalesce(s.date, p.met_on) AS date, s.text
       FROM search_index s LEFT JOIN people p ON p.id = s.person_id
       WHERE ${where}
       ORDER BY date IS NULL, date DESC, s.rowid DESC`,
    )
    .raw()
    .all(params) as [number | null, string | null, SearchType, string | null, string][];
  return rows.map(([personId, name, type, date, text]) => ({ personId, name, type, date, text }));
}

/** The index as it stands, and as it would be rebuilt from the tables: equal unless a write missed it. */
export function indexRows(db: Db): { kept: unknown[]; fresh: unknown[] } {
  return {
    kept: prep(db, 'SELECT rowid, text, person_id, type, date FROM search_index ORDER BY rowid').all(),
    fresh: prep(
      db,
      `SELECT * FROM (SELECT * FROM (${SEARCH_ROWS}) UNION ALL ${NEEDS_ROWS}) ORDER BY rowid`,
    ).all(),
  };
}
