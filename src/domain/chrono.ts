/**
 * The general fallback for typed dates rel's own words do not cover ("two weeks ago", "this friday",
 * "3 weeks from now"): chrono-node's English parser, loaded only when it is needed (the package
 * costs ~150 ms to load, so the common paths never touch it). The whole input must be one date:
 * "call bob 3 nov" is refused rather than read as 3 Nov.
 */
import { createRequire } from 'node:module';
import { dayOf, toDate, type Day } from './dates.js';
import type { Lean } from './date-words.js';

type ChronoEn = typeof import('chrono-node/en');
let chrono: ChronoEn | undefined;

export function chronoDay(input: string, today: Day, lean: Lean): Day | undefined {
  const s = input.normalize('NFKC').trim().replace(/\s+/g, ' ');
  // English phrases only (the Japanese parser reads 来週の月曜日 as 月曜日, so rel's own words do Japanese).
  if (s === '' || s.length > 60 || !/^[\x20-\x7e]+$/.test(s) || !/[a-z]/i.test(s)) return undefined;
  const ref = toDate(today);
  if (!ref) return undefined;
  ref.setHours(12); // noon: no daylight-saving shift can move the day
  chrono ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn;
  const found = chrono.casual.parse(s, { instant: ref }, { forwardDate: lean === 'future' });
  const hit = found.length === 1 ? found[0] : undefined;
  if (!hit || hit.index !== 0 || hit.text.length !== s.length || hit.end) return undefined;
  return dayOf(hit.start.date());
}
