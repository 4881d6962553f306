/**
 * What a search query means: its words, and the spellings each word may take in the text (as typed,
 * width-folded, in hiragana and in katakana), plus the kana a romaji word may be in a reading
 * (`misa` → みさ, ミサ). Pure: the SQL that uses these lives in db/repos/search.ts.
 */
import { toHiragana } from 'wanakana';

export interface SearchTerm {
  /** The word as typed. */
  word: string;
  /** Spellings to find anywhere. */
  variants: string[];
  /** Spellings to find in readings only (romaji turned into kana). */
  readingVariants: string[];
}

/** The result types, in the order a person's page lists them. */
export const SEARCH_TYPES = [
  'name',
  'nickname',
  'reading',
  'org',
  'where',
  'email',
  'phone',
  'tag',
  'note',
  'prep',
  'needs',
  'give',
  'take',
  'touch',
  'event',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const hira = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const kata = (s: string) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
const unique = (xs: readonly string[]) => [...new Set(xs.filter((x) => x !== ''))];

/** Words of a query: whitespace (also full-width) separates them; "double quotes" keep a phrase. */
export function queryWords(query: string): string[] {
  const out: string[] = [];
  for (const m of query.normalize('NFC').matchAll(/"([^"]*)"|[^\s"]+/gu)) {
    const w = (m[1] ?? m[0]).trim();
    if (w !== '') out.push(w);
  }
  return unique(out);
}

/** The kana a romaji word spells (a trailing unfinished consonant dropped), or none. */
export function romajiToKana(word: string): string | undefined {
  const w = word.normalize('NFKC').toLowerCase();
  if (!/^[a-z'-]+$/.test(w)) return undefined;
  const h = toHiragana(w).replace(/[a-z]$/, '');
  return h !== '' && /^[\u3041-\u3096ー]+$/.test(h) ? h : undefined;
}

export function searchTerms(query: string): SearchTerm[] {
  return queryWords(query).map((word) => {
    const wide = word.normalize('NFKC');
    const kana = romajiToKana(word);
    const variants = unique([word, wide, hira(wide), kata(wide)]);
    return {
      word,
      variants,
      readingVariants: kana ? unique([kana, kata(kana)]).filter((k) => !variants.includes(k)) : [],
    };
  });
}

/** Where the words occur in a text: [start, end) ranges, merged, for highlighting. */
export function matchRanges(text: string, terms: readonly SearchTerm[]): [number, number][] {
  const folded = hira(text.normalize('NFKC')).toLowerCase();
  // NFKC may change lengths; only highlight when it did not, so ranges stay on the original text.
  const hay = folded.length === text.length ? folded : text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const t of terms) {
    for (const v of [...t.variants, ...t.readingVariants]) {
      const needle = hira(v.normalize('NFKC')).toLowerCase();
      if (needle === '') continue;
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length))
        ranges.push([i, i + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}
