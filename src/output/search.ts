/** Text for `rel search`: hits under each person's name, the matching words highlighted on a terminal. */
import type { SearchHit, SearchResult } from '../commands/search.js';
import { matchRanges, searchTerms, type SearchTerm } from '../domain/search.js';
import type { Catalog } from '../i18n/index.js';
import type { Theme } from './theme.js';
import { padEnd, truncate, width } from './width.js';

interface Ctx {
  t: Catalog;
  today: string;
  theme: Theme;
}

const COLUMNS = 80;
const BEFORE = 16;

/** The text cut to `room` columns around its first match, the matches highlighted. */
export function snippet(text: string, terms: readonly SearchTerm[], room: number, theme: Theme): string {
  const flat = text.replace(/\s+/g, ' ');
  const ranges = matchRanges(flat, terms);
  let start = 0;
  if (ranges.length && width(flat) > room) {
    const first = ranges[0]![0];
    start = Math.max(0, first - BEFORE);
  }
  const shown = truncate((start > 0 ? '…' : '') + flat.slice(start), room);
  if (!theme.color || ranges.length === 0) return shown;
  // Re-find the ranges in what is shown (cutting moved them) and paint them.
  let out = '';
  let at = 0;
  for (const [a, b] of matchRanges(shown, terms)) {
    out += shown.slice(at, a) + theme.hit(shown.slice(a, b));
    at = b;
  }
  return out + shown.slice(at);
}

export function searchText(r: SearchResult, { t, today, theme }: Ctx): string {
  if (r.results.length === 0) return t.cli.searchNone({ query: r.query });
  const terms = searchTerms(r.query);
  const out: string[] = [];
  let current: number | null | undefined;
  const dates = r.results.map((h) => (h.date ? t.format.day(h.date, today) : ''));
  const labels = r.results.map((h) => t.cli.searchType(h.type));
  const dateWidth = Math.max(...dates.map(width));
  const labelWidth = Math.max(...labels.map(width));
  r.results.forEach((h: SearchHit, i) => {
    const id = h.person?.id ?? null;
    if (id !== current) {
      if (out.length) out.push('');
      out.push(h.person ? theme.bold(h.person.name) : theme.dim(t.cli.searchNoPerson()));
      current = id;
    }
    const lead = `  ${padEnd(dates[i]!, dateWidth)}  ${padEnd(labels[i]!, labelWidth)}  `;
    out.push(lead + snippet(h.text, terms, Math.max(20, COLUMNS - width(lead)), theme));
  });
  out.push('', theme.dim(t.cli.searchCount({ n: r.results.length })));
  return out.join('\n');
}
