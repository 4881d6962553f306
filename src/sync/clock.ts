/**
 * The hybrid logical clock: one integer, wall-clock milliseconds × 1000 plus a counter, that never
 * goes backwards and always passes every stamp seen from another device. A stamp orders changes:
 * the clock value, then the device id to break ties, as one sortable string.
 */
import type { Db } from '../db/open.js';
import { prep } from '../db/stmt.js';

/** The same formula the change-capture triggers use, so both sides share one clock. */
export const WALL_SQL = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000";

export const TICK_SQL = `UPDATE sync_clock SET hlc = max(hlc + 1, ${WALL_SQL})`;

export function tick(db: Db): number {
  prep(db, TICK_SQL).run();
  return prep(db, 'SELECT hlc FROM sync_clock').pluck().get() as number;
}

/** After reading another device's changes: our next stamp comes after all of them. */
export function observe(db: Db, h: number): void {
  prep(db, 'UPDATE sync_clock SET hlc = max(hlc, ?)').run(h);
}

export const stamp = (h: number, device: string): string => `${String(h).padStart(16, '0')}@${device}`;

export const stampTime = (s: string): number => Math.floor(Number(s.slice(0, 16)) / 1000);

/** Largest safe clock value: wall-clock ms × 1000 stays below 2^53 until the year 2255. */
export const isClock = (h: unknown): h is number => Number.isSafeInteger(h) && (h as number) >= 0;
