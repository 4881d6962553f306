/**
 * Matching what people type to the people they recorded: full name, nickname or reading (in kana or
 * romaji: `misa` finds 渡辺 美咲 read わたなべ みさき), insensitive to case, width (全角/半角),
 * accents, spacing and kana script; a unique prefix; a `#id`.
 */
import { toRomaji } from 'wanakana';
import { compareText } from './collate.js';

export interface NamedPerson {
  id: number;
  name: string;
  nicknames: readonly string[];
  /** How the name is read, in kana or romaji. */
  reading?: string | null;
}

export type Match<P extends NamedPerson> =
  { kind: 'one'; person: P } | { kind: 'many'; people: P[] } | { kind: 'none'; closest: P[] };

/** Case, width, accents and kana folded; spaces collapsed. */
export function fold(s: string): string {
  // ASCII has nothing to normalise, no accents or kana: only case and spacing (matching folds every
  // name in the network, 10,000 on a large one, and most names are ASCII).
  if (isAscii(s))
    return s
      .toLowerCase()
      .replace(/[\s.]+/g, ' ')
      .trim();
  return s
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\u3000・·.]+/g, ' ')
    .trim();
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Width, case and kana script folded, but voicing marks kept (が is not か when it comes to romaji). */
export function kanaFold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\u3000・·]+/g, ' ')
    .trim();
}

/** A reading in romaji, strict (oono, ken'ichi) and loose (ono, kenichi: long vowels and ' dropped). */
export function readingRomaji(reading: string): string[] {
  const strict = toRomaji(kanaFold(reading)).toLowerCase();
  const loose = strict.replace(/'/g, '').replace(/([aiueo])\1|ou/g, (m) => m[0]!);
  return strict === loose ? [strict] : [strict, loose];
}

/** What a name sorts by: its reading in hiragana when it has one, else the name itself. */
export function readingKey(reading: string | null, name: string): string {
  return reading ? kanaFold(reading) : name;
}

/** A person's names folded (name, nicknames, then the reading and its romaji), and without spaces. */
interface Keys {
  all: string[];
  tight: string[];
}

function keysOf(p: NamedPerson, romaji: boolean): Keys {
  const all = [p.name, ...p.nicknames].map(fold);
  if (p.reading) {
    all.push(fold(p.reading));
    if (romaji) all.push(...readingRomaji(p.reading));
  }
  return { all, tight: all.map((k) => k.replace(/ /g, '')) };
}

export function matchPerson<P extends NamedPerson>(query: string, people: readonly P[]): Match<P> {
  const q = fold(query);
  // Romaji of readings only matters for a query in Latin letters (kana queries meet kana readings).
  const romaji = /^[a-z' -]+$/.test(q);
  // Each person's keys, made when first needed and kept by position (every tier may read them).
  const folded: (Keys | undefined)[] = new Array<Keys | undefined>(people.length);
  const keys = (i: number) => (folded[i] ??= keysOf(people[i]!, romaji));
  const byId = /^#(\d+)$/.exec(query.trim());
  if (byId) {
    const p = people.find((x) => x.id === Number(byId[1]));
    return p ? { kind: 'one', person: p } : { kind: 'none', closest: [] };
  }
  if (q === '') return { kind: 'none', closest: [] };
  const qt = q.replace(/ /g, '');
  const tiers: ((i: number) => boolean)[] = [
    (i) => keys(i).all.includes(q),
    (i) => keys(i).tight.includes(qt),
    // Family name first (Suzuki Ken) or last (Ken Suzuki): the same words in the other order.
    (i) => q.includes(' ') && keys(i).all.some((k) => k.split(' ').reverse().join(' ') === q),
    (i) => {
      const { all, tight } = keys(i);
      return all.some((k, j) => k.startsWith(q) || tight[j]!.startsWith(qt));
    },
    (i) => keys(i).all.some((k) => k.split(' ').some((w) => w.startsWith(q))),
  ];
  for (const test of tiers) {
    const hits: P[] = [];
    for (let i = 0; i < people.length; i++) if (test(i)) hits.push(people[i]!);
    if (hits.length === 1) return { kind: 'one', person: hits[0]! };
    if (hits.length > 1) return { kind: 'many', people: hits };
  }
  // The names and nicknames already folded: the first keys of each.
  return {
    kind: 'none',
    closest: closest(q, people, 3, (i) => keys(i).all.slice(0, 1 + people[i]!.nicknames.length)),
  };
}

/**
 * How many edits still look like a typo. A kanji carries a word's worth of meaning: 山本 一郎 is
 * not a misspelt 山田 太郎, so names in kanji allow one edit in four characters; letters and kana
 * allow a third of the length (at least two, or one for a name of four letters or fewer).
 */
function allowedEdits(q: string): number {
  if (/\p{Script=Han}/u.test(q)) return Math.max(1, Math.floor(q.length / 4));
  // A short name is all but rewritten by two edits ("ab" → "ef"): one for four letters or fewer.
  return q.length <= 4 ? 1 : Math.max(2, Math.floor(q.length / 3));
}

/**
 * Up to three people whose name or nickname is within a few edits of the query. A name too much
 * longer or shorter to be within them is not measured (the distance is at least the difference in
 * length): a mistyped name on a large network compared 10,000 names in full.
 */
export function closest<P extends NamedPerson>(
  q: string,
  people: readonly P[],
  max = 3,
  /** The i-th person's name and nicknames, folded (when the caller has them already). */
  foldedNames: (i: number) => readonly string[] = (i) => [people[i]!.name, ...people[i]!.nicknames].map(fold),
): P[] {
  const qt = q.replace(/ /g, '');
  const allowed = allowedEdits(qt);
  const qLength = codePoints(qt);
  /** The distance from the query when it is at most `most`, else anything more. */
  const within = (k: string, most: number) =>
    Math.abs(codePoints(k) - qLength) > most ? most + 1 : distance(qt, k);
  const scored: { p: P; d: number }[] = [];
  for (let i = 0; i < people.length; i++) {
    const names = foldedNames(i);
    let d = Infinity;
    for (let n = 0; n < names.length; n++) {
      const folded = names[n]!;
      d = Math.min(d, within(folded.replace(/ /g, ''), allowed));
      const words = folded.split(' ');
      for (let w = 0; w < words.length; w++) d = Math.min(d, within(words[w]!, allowed - 1) + 1);
    }
    if (d <= allowed) scored.push({ p: people[i]!, d });
  }
  scored.sort((a, b) => a.d - b.d || compareText(a.p.name, b.p.name));
  return scored.slice(0, max).map(({ p }) => p);
}

/** The length in code points, as distance counts. */
const codePoints = (s: string): number => (/[\ud800-\udbff]/.test(s) ? [...s].length : s.length);

/** Levenshtein distance over code points. */
export function distance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/** A name as stored: NFC, trimmed, inner whitespace collapsed. */
export function cleanName(s: string): string {
  // Control characters (NUL, ESC, …) are never part of a name: dropped, so none is stored or matched.
  return (
    s
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
