/** Small per-database sync settings: this device's id, the folder, the last sync, the file key. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open.js';
import { prep } from '../db/stmt.js';

export type StateKey = 'device' | 'folder' | 'lastSync' | 'enc';

export function getState(db: Db, key: StateKey): string | undefined {
  return prep(db, 'SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setState(db: Db, key: StateKey, value: string): void {
  prep(
    db,
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export const newDeviceId = (): string => randomBytes(8).toString('hex');
