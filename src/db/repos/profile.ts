import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import type { Profile } from '../../domain/types.js';

export function getProfile(db: Db): Profile {
  const rows = prep(db, 'SELECT key, value FROM profile').all() as { key: string; value: string }[];
  const out: Record<string, unknown> = {};
  for (const r of rows) out[r.key] = JSON.parse(r.value);
  return out as Profile;
}

/** Writes the given keys; a key set to undefined is removed. */
export function setProfile(db: Db, patch: Partial<Profile>): void {
  const put = prep(
    db,
    'INSERT INTO profile (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const del = prep(db, 'DELETE FROM profile WHERE key = ?');
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) del.run(k);
    else put.run(k, JSON.stringify(v));
  }
}
