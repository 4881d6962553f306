/* eslint-disable no-control-regex -- escape sequences are what this file handles */
/**
 * Terminal width of text and line wrapping that respects it. Widths come from string-width
 * (grapheme clusters, so emoji and combining marks count once; East Asian wide characters count 2).
 * Wrapping never splits an escape sequence, carries colours across line breaks, breaks English at
 * spaces and Japanese between characters by the kinsoku rules, and keeps names and commands whole.
 */
import { createRequire } from 'node:module';
import type stringWidthFn from 'string-width';
import { asciiUnits, breakPlan, type Piece, type Unit } from './breaks.js';
import { simpleStringWidth, simpleWidth } from './simple-width.js';

/**
 * Whether East Asian ambiguous characters (○ ● ▲ … ─ and the like) take two columns. Most terminals
 * draw them narrow; some Japanese setups draw them wide: `RUNEWIDTH_EASTASIAN=1` says so.
 */
let ambiguousWide = false;
/** Widths of short non-ASCII strings, for the current ambiguousWide. */
const widths = new Map<string, number>();
export function setAmbiguousWide(wide: boolean): void {
  if (wide !== ambiguousWide) widths.clear();
  ambiguousWide = wide;
}

export const ESCAPE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/**
 * string-width, loaded the first time a string is not printable ASCII: its Unicode property
 * patterns cost ~13 ms to compile at start-up, which a command printing only ASCII (list --json,
 * give, search) need not pay. require() of an ES module (Node >= 20.19), from node_modules.
 */
let loaded: typeof stringWidthFn | undefined;
const stringWidth: typeof stringWidthFn = (s, o) =>
  (loaded ??= (createRequire(import.meta.url)('string-width') as { default: typeof stringWidthFn }).default)(
    s,
    o,
  );

const ASCII = /^[\x20-\x7e]*$/;
const ASCII_AND_DOT = /^[\x20-\x7e\u00b7]*$/;

export function width(s: string): number {
  if (ASCII.test(s)) return s.length;
  // Chart glyphs, marks and most Japanese: no string-width to load (output/simple-width.ts).
  const simple = simpleStringWidth(s, ambiguousWide);
  if (simple >= 0) return simple;
  // Short strings (a grapheme, a mark, a separator) recur thousands of times in a long listing.
  if (s.length > 8) return stringWidth(s, { ambiguousIsNarrow: !ambiguousWide });
  let w = widths.get(s);
  if (w === undefined) {
    w = stringWidth(s, { ambiguousIsNarrow: !ambiguousWide });
    if (widths.size < 10_000) widths.set(s, w);
  }
  return w;
}

export function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

// Made the first time a string that is not printable ASCII is cut: constructing it costs ~25 ms
// (ICU's break rules), which a command printing only ASCII, or not wrapping, never pays.
let segmenter: Intl.Segmenter | undefined;

export type { Piece };

/** Splits text into visible graphemes; escape sequences ride on the grapheme after them. */
export function pieces(text: string): { list: Piece[]; tail: string } {
  const list: Piece[] = [];
  let pre = '';
  let last = 0;
  const push = (s: string, w: number) => {
    list.push({ pre, s, w });
    pre = '';
  };
  const visible = (chunk: string) => {
    // A simple character (printable ASCII, chart glyphs, most Japanese: output/simple-width.ts) is
    // a grapheme of its own, and two of them never join into one: only the other runs (with the
    // simple character on each side that may join them) go through the segmenter, which is slow.
    const simple = (i: number) => simpleWidth(chunk.charCodeAt(i), ambiguousWide) >= 0;
    let i = 0;
    while (i < chunk.length) {
      let j = i;
      while (j < chunk.length && simple(j)) j++;
      const from = j < chunk.length ? Math.max(i, j - 1) : j;
      for (; i < from; i++) push(chunk[i]!, simpleWidth(chunk.charCodeAt(i), ambiguousWide));
      if (j >= chunk.length) break;
      let k = j + 1;
      while (k < chunk.length && !(simple(k - 1) && simple(k))) k++;
      for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(chunk.slice(from, k)))
        push(segment, width(segment));
      i = k;
    }
  };
  for (const m of text.matchAll(ESCAPE)) {
    visible(text.slice(last, m.index));
    pre += m[0];
    last = m.index + m[0].length;
  }
  visible(text.slice(last));
  return { list, tail: pre };
}

export function truncate(s: string, n: number): string {
  if (width(s) <= n) return s;
  const { list, tail } = pieces(s);
  let out = '';
  let used = 0;
  let cut = false;
  for (const p of list) {
    // After the cut, keep the escapes (they close colours) and drop the text.
    if (!cut && used + p.w > n - 1) cut = true;
    out += cut ? p.pre : p.pre + p.s;
    if (!cut) used += p.w;
  }
  // The ellipsis goes where the text stops, before any escapes that only close styles.
  const closing = out.match(/(?:\u001b\[[0-9;]*m)*$/)![0];
  return `${out.slice(0, out.length - closing.length)}…${closing}${tail}`;
}

/** Which SGR codes are open, so a colour cut by a line break can be closed and reopened. */
class Styles {
  private open: string[] = [];
  private static CLOSES: Record<string, (code: number) => boolean> = {
    '22': (c) => c === 1 || c === 2,
    '23': (c) => c === 3,
    '24': (c) => c === 4,
    '25': (c) => c === 5 || c === 6,
    '27': (c) => c === 7,
    '28': (c) => c === 8,
    '29': (c) => c === 9,
    '39': (c) => (c >= 30 && c <= 38) || (c >= 90 && c <= 97),
    '49': (c) => (c >= 40 && c <= 48) || (c >= 100 && c <= 107),
  };
  apply(escapes: string): void {
    if (escapes === '') return;
    for (const m of escapes.matchAll(/\u001b\[([0-9;]*)m/g)) {
      const params = m[1]!;
      const first = params.split(';')[0]!;
      if (first === '' || first === '0') this.open = [];
      else if (Styles.CLOSES[first]) {
        const closes = Styles.CLOSES[first];
        this.open = this.open.filter((o) => !closes(Number(o.slice(2).split(/[;m]/)[0])));
      } else this.open.push(m[0]);
    }
  }
  get reopen(): string {
    return this.open.join('');
  }
}

export interface WrapOptions {
  /** Columns the caller prints before the first line (a bullet, a number): it gets that much less. */
  first?: number;
  /** Text that must not be split across lines when it fits on one (people's names). */
  keep?: readonly string[];
}

/**
 * Wraps to `cols` columns; lines after the first are indented by `indent` spaces and fit `cols`
 * with their indent (a hanging indent). Runs of spaces become one space; a newline in the text
 * starts a new line.
 */
export function wrap(text: string, cols: number, indent = 0, opts: WrapOptions = {}): string {
  const first = cols - (opts.first ?? 0);
  // One line that fits (most of a long timeline): nothing to break, so no pieces to make.
  if (!text.includes('\n') && !text.includes('\u001b')) {
    const plain = text.replace(/[ \t\r\f\v]+/g, ' ').trim();
    if (width(plain) <= Math.max(1, first)) return plain;
  }
  const keep = opts.keep ?? [];
  const styles = new Styles();
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const plain = paragraph.replace(/[ \t\r\f\v]+/g, ' ').trim();
    const room = (i: number) => (out.length + i === 0 ? Math.max(1, first) : Math.max(1, cols - indent));
    // Printable ASCII whose every unit fits a line: a few pieces a word instead of one a character.
    // The middle dot rel puts between items (U+00B7: its own grapheme, one column unless ambiguous
    // characters are wide, never the start of a line) breaks by the same rules.
    const simple = ASCII.test(plain) || (!ambiguousWide && ASCII_AND_DOT.test(plain));
    let units = simple ? asciiUnits(plain, keep) : undefined;
    const narrowest = Math.min(room(0), room(1));
    if (units?.some((u) => u.pieces[0]!.w > narrowest)) units = undefined;
    const { list, tail } = units ? { list: [], tail: '' } : pieces(plain);
    const lines = fill(units ?? breakPlan(list, keep), room);
    if (lines.length === 0) lines.push([]);
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      let s = styles.reopen;
      let end = line.length;
      while (end > 0 && line[end - 1]!.s === ' ') end--;
      for (let j = 0; j < line.length; j++) {
        const p = line[j]!;
        styles.apply(p.pre);
        s += j < end ? p.pre + p.s : p.pre;
      }
      if (last) {
        styles.apply(tail);
        s += tail;
      }
      if (styles.reopen !== '') s += '\u001b[0m';
      out.push(s);
    });
  }
  return out.map((l, i) => (i === 0 || l === '' ? l : ' '.repeat(indent) + l)).join('\n');
}

const trimmedWidth = (ps: readonly Piece[]): number => {
  let end = ps.length;
  while (end > 0 && ps[end - 1]!.s === ' ') end--;
  return ps.slice(0, end).reduce((n, p) => n + p.w, 0);
};

/** Greedy filling: whole units while they fit; a unit wider than a line is split by its fallbacks. */
function fill(units: Unit[], room: (line: number) => number): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  const queue = [...units];
  while (queue.length > 0) {
    const u = queue.shift()!;
    const need = trimmedWidth(u.pieces);
    const r = room(lines.length);
    if (used + need <= r) {
      line.push(...u.pieces);
      used += u.pieces.reduce((n, p) => n + p.w, 0);
      continue;
    }
    // A protected span (a name, a command) wider than a whole line: give up protecting it.
    if (u.split && need > Math.min(r, room(lines.length + 1))) {
      queue.unshift(...u.split());
      continue;
    }
    if (line.length > 0) {
      lines.push(line);
      line = [];
      used = 0;
      queue.unshift(u);
      continue;
    }
    // Alone on a line and still too wide: break it at its weaker opportunities, or by columns.
    const parts = hardSplit(u.pieces, r);
    if (parts.length <= 1) {
      lines.push(u.pieces);
      continue;
    }
    queue.unshift(...parts);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function hardSplit(ps: readonly Piece[], room: number): Unit[] {
  const parts: Unit[] = [];
  let cur: Piece[] = [];
  let w = 0;
  for (const p of ps) {
    if (w + p.w > room && cur.length > 0) {
      parts.push({ pieces: cur });
      cur = [];
      w = 0;
    }
    cur.push(p);
    w += p.w;
  }
  if (cur.length > 0) parts.push({ pieces: cur });
  return parts;
}
