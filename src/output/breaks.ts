/**
 * Where a line may break. English breaks after a space; Japanese between any two characters except
 * by the kinsoku rules (no line starts with 。、）」』？！：・ー or a small kana, none ends with （「『).
 * Names written with a space (伊藤 里奈さん), an honorific after its name, `commands in backticks`
 * and `rel <command> …` stay whole unless they are wider than a line.
 */

/** Visible graphemes, each with the escape sequences just before it. */
export interface Piece {
  pre: string;
  s: string;
  w: number;
}

export interface Unit {
  pieces: Piece[];
  /** The same text cut at the breaks a protected span suppressed (when it is wider than a line). */
  split?: () => Unit[];
}

/** Characters a line must not start with (行頭禁則). */
const NO_START = new Set([
  ...'、。，．・：；？！゛゜ヽヾゝゞ々〻ー）〕］｝〉》」』】〙〗〟’”｠»…‥〜～‐゠–—',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ...')]},.?!:;%·',
  ...'､｡｣･ｰｧｨｩｪｫｯｬｭｮ',
]);
/** Characters a line must not end with (行末禁則). */
const NO_END = new Set([...'（〔［｛〈《「『【〘〖〝‘“｟«([{｢']);

const HONORIFICS = ['さん', 'さま', '様', 'くん', '君', 'ちゃん', '氏', '先生', '殿'];

const isCjk = (p: Piece): boolean =>
  p.w === 2 ||
  (p.s.length === 1 && p.s.charCodeAt(0) < 0x3000
    ? false
    : /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(p.s));

type Script = 'han' | 'kata' | 'hira' | null;
const script = (s: string): Script =>
  /^[\u3400-\u9fff\uf900-\ufaff々〆]$/u.test(s)
    ? 'han'
    : /^[\u30a0-\u30ffー]$/u.test(s)
      ? 'kata'
      : /^[\u3041-\u309f]$/u.test(s)
        ? 'hira'
        : null;

/** Whether a line may break before piece i, by the character rules alone. */
function natural(ps: readonly Piece[], i: number): boolean {
  const a = ps[i - 1]!;
  const b = ps[i]!;
  if (b.s === ' ') return false;
  if (NO_START.has(b.s) || NO_END.has(a.s)) return false;
  if (a.s === ' ') return true;
  return isCjk(a) || isCjk(b);
}

/** Boundaries (indexes into the pieces' texts) inside spans that should stay on one line. */
function protectedBoundaries(ps: readonly string[], keep: readonly string[]): Set<number> {
  const text = ps.join('');
  // Offsets of each piece in the visible text, to map a match back to pieces.
  const at: number[] = [];
  let off = 0;
  for (const p of ps) {
    at.push(off);
    off += p.length;
  }
  // Every piece one code unit (ASCII text): a piece's index is its offset, no map needed.
  const map = text.length === ps.length ? undefined : new Map(at.map((o, i) => [o, i]));
  const index = { get: (o: number) => (map ? map.get(o) : o >= 0 && o < ps.length ? o : undefined) };
  const guarded = new Set<number>();
  const guard = (start: number, end: number) => {
    const first = index.get(start);
    if (first === undefined) return;
    for (let i = first + 1; i < ps.length && at[i]! < end; i++) guarded.add(i);
  };
  const spans: RegExp[] = [
    /`[^`]+`/g,
    // rel and its command, then the arguments that belong to it (flags, quoted names, <values>, …)
    /\brel(?: [a-z][\w-]*)?(?: (?:--?[\w-]+(?: (?!-)[^\s"「」、。,]+(?=$|[\s」）)、。,.:;]))?|"[^"]*"|<[^>]*>|#\d+|…))*/g,
  ];
  for (const re of spans) for (const m of text.matchAll(re)) guard(m.index, m.index + m[0].length);
  // Spaces inside names the caller named: those names are known exactly, no guessing needed.
  const known = new Set<number>();
  for (const name of keep) {
    if (name === '') continue;
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) {
      guard(from, from + name.length);
      for (let o = from; o < from + name.length; o++) if (text[o] === ' ') known.add(index.get(o) ?? -1);
    }
  }
  // A Japanese name with a space: the runs of one script on both sides of a space between them.
  for (let i = 1; i < ps.length - 1; i++) {
    if (ps[i]! !== ' ' || known.has(i)) continue;
    const left = script(ps[i - 1]!);
    const right = script(ps[i + 1]!);
    if (!left || !right) continue;
    let s = i - 1;
    while (s > 0 && i - s < 4 && script(ps[s - 1]!) === left) s--;
    let e = i + 1;
    while (e < ps.length - 1 && e - i < 4 && script(ps[e + 1]!) === right) e++;
    for (let j = s + 1; j <= e; j++) guarded.add(j);
  }
  // An honorific stays with the name before it.
  for (const h of HONORIFICS) {
    for (let from = text.indexOf(h); from > 0; from = text.indexOf(h, from + 1)) {
      const i = index.get(from);
      if (i === undefined || ps[i - 1]! === ' ') continue;
      for (let j = i; j < i + [...h].length && j < ps.length; j++) guarded.add(j);
    }
  }
  return guarded;
}

/** Cuts pieces into units at the given break points. */
function cut(ps: readonly Piece[], from: number, to: number, breaks: (i: number) => boolean): Piece[][] {
  const out: Piece[][] = [];
  let cur: Piece[] = [];
  for (let i = from; i < to; i++) {
    if (i > from && breaks(i)) {
      out.push(cur);
      cur = [];
    }
    cur.push(ps[i]!);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

export function breakPlan(ps: readonly Piece[], keep: readonly string[] = []): Unit[] {
  const nat = ps.map((_, i) => i > 0 && natural(ps, i));
  const guarded = protectedBoundaries(
    ps.map((p) => p.s),
    keep,
  );
  const units: Unit[] = [];
  let start = 0;
  for (let i = 1; i <= ps.length; i++) {
    if (i < ps.length && !(nat[i] && !guarded.has(i))) continue;
    const s = start;
    const unit: Unit = { pieces: ps.slice(s, i) };
    // A protected span wider than a line falls back to its natural breaks.
    if (nat.slice(s + 1, i).some(Boolean)) {
      const e = i;
      unit.split = () => cut(ps, s, e, (j) => nat[j]!).map((p) => ({ pieces: p }));
    }
    units.push(unit);
    start = i;
  }
  return units;
}

/**
 * breakPlan for printable ASCII text, as a few pieces rather than one per character: each unit is
 * its text and, after it, the space a line may break at. The same break points (in ASCII a line
 * breaks only after a space, never before a closing mark, never inside a kept span); pieces this
 * coarse are enough while no unit is wider than a line (wrap checks, else takes the general path).
 */
export function asciiUnits(text: string, keep: readonly string[]): Unit[] {
  const chars = text.split('');
  const guarded = protectedBoundaries(chars, keep);
  const units: Unit[] = [];
  const push = (from: number, to: number) => {
    const spaced = to > from + 1 && text[to - 1] === ' ';
    const core = text.slice(from, spaced ? to - 1 : to);
    units.push({
      pieces: spaced
        ? [
            { pre: '', s: core, w: core.length },
            { pre: '', s: ' ', w: 1 },
          ]
        : [{ pre: '', s: core, w: core.length }],
    });
  };
  let start = 0;
  for (let i = 1; i < chars.length; i++) {
    const b = chars[i]!;
    if (b === ' ' || chars[i - 1] !== ' ' || NO_START.has(b) || guarded.has(i)) continue;
    push(start, i);
    start = i;
  }
  if (chars.length > 0) push(start, chars.length);
  return units;
}
