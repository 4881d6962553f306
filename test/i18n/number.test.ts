/** Numbers and yen written without Intl are what Intl writes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFmt } from '../../src/i18n/fmt.js';
import { formatNumber } from '../../src/i18n/number.js';

describe('numbers', () => {
  it.each(['en-US', 'ja-JP'] as const)('in %s read as toLocaleString writes them', (locale) => {
    const check = (n: number) => {
      expect(formatNumber(n, locale)).toBe(n.toLocaleString(locale, { maximumFractionDigits: 1 }));
    };
    for (const n of [0, -0, 1, 999, 1000, -1000, 1234567, 1.25, 2.05, -3.5, Number.MAX_SAFE_INTEGER, 2 ** 60])
      check(n);
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), check), { numRuns: 2000 });
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), check), { numRuns: 2000 });
  });

  it('yen in English read as Intl writes them', () => {
    const f = makeFmt('en', '2026-11-22', 'JPY');
    const intl = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'JPY',
      maximumFractionDigits: 0,
    });
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        expect(f.money(n)).toBe(intl.format(n));
      }),
      { numRuns: 3000 },
    );
    for (const n of [0, 0.5, 1.5, 2.5, 1234.5, 8000]) expect(f.money(n)).toBe(intl.format(n));
  });
});
