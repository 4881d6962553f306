/**
 * The sync file format: one JSON header line (format, device, optional encryption parameters), then
 * one change a line, plain JSON or sealed with the passphrase. A line that does not read is named
 * by file and line and skipped; a file from a newer format stops the sync before anything changes.
 */
import { isClock, stamp } from './clock.js';
import type { KdfParams } from './crypto.js';
import { SYNCED, type SyncedName, type SyncedTable } from './registry.js';
import type { Change, Val } from './shadow.js';

export const FORMAT = 1;

export interface Header {
  rel: 'sync';
  format: number;
  device: string;
  name?: string;
  enc?: KdfParams;
}

/** A change as a file line (before sealing): the stamp's device is the file's. */
export interface Wire {
  h: number;
  t: SyncedName;
  id: string;
  f?: Record<string, Val>;
  del?: true;
  into?: string;
}

export const toWire = (c: Change): Wire => {
  const w: Wire = { h: Number(c.s.slice(0, 16)), t: c.t, id: c.id };
  if (c.del) w.del = true;
  if (c.into !== undefined) w.into = c.into;
  if (c.f) w.f = c.f;
  return w;
};

export function parseHeader(text: string): Header | string {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return 'not a rel sync file (its first line is not a header)';
  }
  const h = o as Partial<Header>;
  if (typeof h !== 'object' || h === null || h.rel !== 'sync') return 'not a rel sync file';
  if (typeof h.format !== 'number') return 'its header has no format number';
  if (typeof h.device !== 'string' || !/^[0-9a-f]{16}$/.test(h.device)) return 'its header names no device';
  return h as Header;
}

const isVal = (v: unknown): v is Val =>
  v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** A change, or what is wrong with the line. Fields this rel does not know are left out. */
export function parseChange(text: string, device: string): Change | string {
  let o: Partial<Wire>;
  try {
    o = JSON.parse(text) as Partial<Wire>;
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (typeof o !== 'object' || o === null) return 'not a change';
  if (!isClock(o.h)) return 'no valid clock stamp';
  if (typeof o.t !== 'string' || !Object.hasOwn(SYNCED, o.t)) return `unknown table "${String(o.t)}"`;
  if (typeof o.id !== 'string' || o.id.length === 0 || o.id.length > 2000) return 'no record id';
  const c: Change = { t: o.t, id: o.id, s: stamp(o.h, device) };
  if (o.del === true) {
    c.del = true;
    if (typeof o.into === 'string') c.into = o.into;
    return c;
  }
  if (typeof o.f !== 'object' || o.f === null || Array.isArray(o.f)) return 'no fields';
  const spec: SyncedTable = SYNCED[o.t];
  const f: Record<string, Val> = {};
  for (const [k, v] of Object.entries(o.f)) {
    if (!spec.cols.includes(k)) continue;
    if (!isVal(v)) return `field "${k}" has a value of the wrong kind`;
    f[k] = v;
  }
  c.f = f;
  return c;
}
