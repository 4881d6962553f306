/**
 * Widths of the characters rel prints most, without string-width: each of them is a grapheme on its
 * own that never joins the character before or after it, so a string made only of them is as wide
 * as the sum of its characters. That lets the review's charts and most Japanese text skip loading
 * string-width (~35 ms at start-up) and the grapheme segmenter. test/output/simple-width.test.ts
 * checks every entry against string-width in both ambiguous-width modes.
 */

/** Symbols rel draws (charts, marks, punctuation): [narrow, when ambiguous characters are wide]. */
const GLYPHS: Record<number, readonly [number, number]> = {};
const glyphs = (chars: string, narrow: number, wide: number) => {
  for (const c of chars) GLYPHS[c.codePointAt(0)!] = [narrow, wide];
};
glyphs('·…●○▲█▓▒▁▂▃▄▅▆▇▉▊▋▌▍▎▏—–─→≥‥“”‘’‐☆', 1, 2);
glyphs('✖░☑☐−«»¥', 1, 1);

/**
 * Japanese that is always two columns and never joins its neighbours: CJK punctuation and brackets,
 * hiragana and katakana (not the combining sound marks U+3099/U+309A), the common ideographs, and
 * full-width forms.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x3001, 0x3003],
  [0x3005, 0x3005],
  [0x3008, 0x3011],
  [0x3014, 0x301f],
  [0x3041, 0x3096],
  [0x309d, 0x309f],
  [0x30a0, 0x30fa],
  [0x30fc, 0x30ff],
  [0x4e00, 0x9fff],
  [0xff01, 0xff60],
];

/** The width of one UTF-16 unit that is a simple character, or -1 when string-width must decide. */
export function simpleWidth(code: number, ambiguousWide: boolean): number {
  if (code >= 0x20 && code <= 0x7e) return 1;
  if (code >= 0x3001) {
    for (const [a, b] of WIDE) if (code >= a && code <= b) return 2;
    return -1;
  }
  const g = GLYPHS[code];
  return g ? g[ambiguousWide ? 1 : 0] : -1;
}

/** The width of a string of simple characters only, or -1. */
export function simpleStringWidth(s: string, ambiguousWide: boolean): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = simpleWidth(s.charCodeAt(i), ambiguousWide);
    if (c < 0) return -1;
    w += c;
  }
  return w;
}
