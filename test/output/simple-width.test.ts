/**
 * The characters output/simple-width.ts measures without string-width: the same width as
 * string-width gives them in both ambiguous-width modes, each its own grapheme, and text mixing
 * them with anything else cut into the graphemes and widths the segmenter and string-width give.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { simpleWidth } from '../../src/output/simple-width.js';
import { pieces, setAmbiguousWide, width } from '../../src/output/width.js';

const simple: number[] = [];
for (let c = 0; c <= 0xffff; c++) if (simpleWidth(c, false) >= 0) simple.push(c);

describe('simple characters', () => {
  afterEach(() => setAmbiguousWide(false));

  it('cover ASCII, the chart glyphs and common Japanese', () => {
    for (const s of [' a~', '·…●○▲✖█▆▂░', 'あア漢、。「」（）：ー々']) {
      for (const c of s) expect(simpleWidth(c.charCodeAt(0), false), c).toBeGreaterThan(0);
    }
    expect(simple.length).toBeGreaterThan(20_000);
  });

  it.each([false, true])('are as wide as string-width says (ambiguous wide: %s)', (wide) => {
    const wrong = simple.filter(
      (c) => simpleWidth(c, wide) !== stringWidth(String.fromCharCode(c), { ambiguousIsNarrow: !wide }),
    );
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it('never join a neighbour into one grapheme', () => {
    const seg = new Intl.Segmenter();
    const others = [...'a 0~あア漢、ー·…●✖█'].map((c) => c.charCodeAt(0));
    const joined: string[] = [];
    for (const c of simple)
      for (const d of others) {
        const s = String.fromCharCode(c, d);
        if ([...seg.segment(s)].length !== 2) joined.push(s);
      }
    expect(joined).toEqual([]);
    // Nothing that extends or joins the character before it is simple.
    expect(simple.filter((c) => /[\p{Grapheme_Extend}\u200d]/u.test(String.fromCharCode(c)))).toEqual([]);
  });

  it.each([false, true])(
    'text mixing them with combining marks, emoji and other scripts is cut and measured as before (wide: %s)',
    (wide) => {
      setAmbiguousWide(wide);
      const seg = new Intl.Segmenter();
      const alphabet = [...'aあ漢·●✖─ ', '\u3099', '\u0301', '\u200d', '\ufe0f', '👍', '🇯🇵', '한', 'é', 'ｶﾞ'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (parts) => {
          const s = parts.join('');
          const got = pieces(s).list.map((p) => [p.s, p.w]);
          const want = [...seg.segment(s)].map(({ segment }) => [
            segment,
            stringWidth(segment, { ambiguousIsNarrow: !wide }),
          ]);
          expect(got).toEqual(want);
          expect(width(s)).toBe(stringWidth(s, { ambiguousIsNarrow: !wide }));
        }),
        { numRuns: 3000 },
      );
    },
  );
});
