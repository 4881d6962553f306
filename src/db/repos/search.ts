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

/**
 * One term as SQL: any variant anywhere, or a reading variant in a reading. What an index can find
 * is one `rowid IN (…)`; only a short variant looked for in every text needs a scan.
 */
function termSql(t: SearchTerm, i: number, params: Record<string, string>): string {
  const sets: string[] = [];
  const scans: string[] = [];
  const long = (vs: readonly string[]) => vs.filter((v) => [...v].length >= TRIGRAM);
  const short = (vs: readonly string[]) => vs.filter((v) => [...v].length < TRIGRAM);
  const match = (vs: readonly string[], key: string) => {
    params[key] = vs.map(quote).join(' OR ');
    return `SELECT rowid FROM search_index WHERE search_index MATCH @${key}`;
  };
  if (long(t.variants).length) sets.push(match(long(t.variants), `t${i}`));
  short(t.variants).forEach((v, j) => {
    params[`t${i}_${j}`] = v.toLowerCase();
    scans.push(`instr(lower(s.text), @t${i}_${j}) > 0`);
  });
  if (long(t.readingVariants).length)
    sets.push(`${match(long(t.readingVariants), `r${i}`)} AND type = 'reading'`);
  // A reading's text is its person's reading, at rowid id * 16 + 2 (migration 0006): a short one
  // is looked for in the people, not in every indexed text (a scan of 300,000 rows on a large db).
  short(t.readingVariants).forEach((v, j) => {
    params[`r${i}_${j}`] = v.toLowerCase();
    sets.push(
      `SELECT id * 16 + 2 FROM people WHERE coalesce(reading, '') <> '' AND instr(lower(reading), @r${i}_${j}) > 0`,
    );
  });
  const parts = [...(sets.length ? [`s.rowid IN (${sets.join(' UNION ALL ')})`] : []), ...scans];
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
