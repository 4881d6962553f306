/**
 * Numbers as `toLocaleString(locale, { maximumFractionDigits: 1 })` writes them in English and
 * Japanese (both group by threes with a comma). Whole numbers are written here: the first Intl
 * number format of a process costs ~12 ms (ICU's set-up), and most of what rel counts is whole.
 * test/i18n/number.test.ts holds both against Intl.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, locale: 'en-US' | 'ja-JP'): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n));
    let out = '';
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
      out += digits[i];
    }
    return n < 0 ? `-${out}` : out;
  }
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return f.format(n);
}
