import type { Day } from '../domain/dates.js';

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const minDay = (xs: readonly Day[]): Day => xs.reduce((a, b) => (a < b ? a : b));
export const maxDay = (xs: readonly Day[]): Day => xs.reduce((a, b) => (a > b ? a : b));

/** Distinct values, first occurrence kept. */
export const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
