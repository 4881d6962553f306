import type { Day } from '../domain/dates.js';
import type { Lang } from '../domain/types.js';
import { format as enFormat } from './en/format.js';
import { format as jaFormat } from './ja/format.js';

/** Formatting helpers handed to every rule message, bound to a language, today and a currency. */
export interface Fmt {
  day(d: Day): string;
  money(n: number): string;
  num(n: number): string;
  list(xs: readonly string[]): string;
}

export function makeFmt(lang: Lang, today: Day, currency: string): Fmt {
  const f = lang === 'ja' ? jaFormat : enFormat;
  let money: Intl.NumberFormat | null | undefined;
  return {
    day: (d) => f.day(d, today),
    num: (n) => f.number(n),
    list: (xs) => f.list(xs),
    money: (n) => {
      if (lang === 'ja' && currency === 'JPY') return `${f.number(Math.round(n))}円`;
      // What Intl writes for yen in English, without its ~12 ms set-up (test/i18n/number.test.ts).
      if (currency === 'JPY' && (n > 0 || Object.is(n, 0)) && Number.isSafeInteger(Math.round(n)))
        return `¥${f.number(Math.round(n))}`;
      if (money === undefined) {
        try {
          money = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
            style: 'currency',
            currency,
            maximumFractionDigits: currency === 'JPY' ? 0 : 2,
          });
        } catch {
          money = null;
        }
      }
      return money ? money.format(n) : `${f.number(n)} ${currency}`;
    },
  };
}
