import type { Day } from '../domain/dates.js';

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const minDay = (xs: readonly Day[]): Day => xs.reduce((a, b) => (a < b ? a : b));
export const maxDay = (xs: readonly Day[]): Day => xs.reduce((a, b) => (a > b ? a : b));

/** Distinct values, first occurrence kept. */
export const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/**
 * The first `k` of `xs` as a stable sort by `cmp` would order them, without sorting them all: a
 * recommender picks three among thousands of people.
 */
export function firstK<T>(xs: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    // After everything it does not come before (stable), and only if that is within the first k.
    let at = top.length;
    while (at > 0 && cmp(x, top[at - 1]!) < 0) at--;
    if (at >= k) continue;
    top.splice(at, 0, x);
    if (top.length > k) top.pop();
  }
  return top;
}
