/**
 * Matching what people type to the people they recorded: full name, nickname or reading (in kana or
 * romaji: `misa` finds 渡辺 美咲 read わたなべ みさき), insensitive to case, width (全角/半角),
 * accents, spacing and kana script; a unique prefix; a `#id`.
 */
import { toRomaji } from 'wanakana';

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

const tight = (s: string): string => fold(s).replace(/ /g, '');

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

function keysOf(p: NamedPerson, romaji: boolean): string[] {
  const ks = [p.name, ...p.nicknames].map(fold);
  if (p.reading) {
    ks.push(fold(p.reading));
    if (romaji) ks.push(...readingRomaji(p.reading));
  }
  return ks;
}

export function matchPerson<P extends NamedPerson>(query: string, people: readonly P[]): Match<P> {
  const q = fold(query);
  // Romaji of readings only matters for a query in Latin letters (kana queries meet kana readings).
  const romaji = /^[a-z' -]+$/.test(q);
  const cache = new Map<P, string[]>();
  const keys = (p: P) => {
    let ks = cache.get(p);
    if (!ks) cache.set(p, (ks = keysOf(p, romaji)));
    return ks;
  };
  const byId = /^#(\d+)$/.exec(query.trim());
  if (byId) {
    const p = people.find((x) => x.id === Number(byId[1]));
    return p ? { kind: 'one', person: p } : { kind: 'none', closest: [] };
  }
  if (q === '') return { kind: 'none', closest: [] };
  const qt = q.replace(/ /g, '');
  const tiers: ((p: P) => boolean)[] = [
    (p) => keys(p).includes(q),
    (p) => keys(p).some((k) => k.replace(/ /g, '') === qt),
    // Family name first (Suzuki Ken) or last (Ken Suzuki): the same words in the other order.
    (p) => q.includes(' ') && keys(p).some((k) => k.split(' ').reverse().join(' ') === q),
    (p) => keys(p).some((k) => k.startsWith(q) || k.replace(/ /g, '').startsWith(qt)),
    (p) => keys(p).some((k) => k.split(' ').some((w) => w.startsWith(q))),
  ];
  for (const test of tiers) {
    const hits = people.filter(test);
    if (hits.length === 1) return { kind: 'one', person: hits[0]! };
    if (hits.length > 1) return { kind: 'many', people: hits };
  }
  return { kind: 'none', closest: closest(q, people) };
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

/** Up to three people whose name or nickname is within a few edits of the query. */
export function closest<P extends NamedPerson>(q: string, people: readonly P[], max = 3): P[] {
  const qt = q.replace(/ /g, '');
  const scored = people
    .map((p) => {
      const d = Math.min(
        ...[p.name, ...p.nicknames].flatMap((k) => {
          const kt = tight(k);
          const words = fold(k).split(' ');
          return [distance(qt, kt), ...words.map((w) => distance(qt, w) + 1)];
        }),
      );
      return { p, d };
    })
    .filter(({ d }) => d <= allowedEdits(qt))
    .sort((a, b) => a.d - b.d || a.p.name.localeCompare(b.p.name));
  return scored.slice(0, max).map(({ p }) => p);
}

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
