import type { Db } from '../open.js';
import { prep } from '../stmt.js';

export interface ContactPoints {
  emails: string[];
  phones: string[];
}

export function allContacts(db: Db): Map<number, ContactPoints> {
  const out = new Map<number, ContactPoints>();
  const rows = prep(
    db,
    'SELECT person_id, kind, value FROM contact_points ORDER BY person_id, kind, value',
  ).all() as {
    person_id: number;
    kind: 'email' | 'phone';
    value: string;
  }[];
  for (const r of rows) {
    const c = out.get(r.person_id) ?? { emails: [], phones: [] };
    (r.kind === 'email' ? c.emails : c.phones).push(r.value);
    out.set(r.person_id, c);
  }
  return out;
}

export function contactsFor(db: Db, id: number): ContactPoints {
  const rows = prep(
    db,
    'SELECT kind, value FROM contact_points WHERE person_id = ? ORDER BY kind, value',
  ).all(id) as {
    kind: string;
    value: string;
  }[];
  return {
    emails: rows.filter((r) => r.kind === 'email').map((r) => r.value),
    phones: rows.filter((r) => r.kind === 'phone').map((r) => r.value),
  };
}

export function addContacts(db: Db, id: number, c: Partial<ContactPoints>): void {
  const ins = prep(db, 'INSERT OR IGNORE INTO contact_points (person_id, kind, value) VALUES (?, ?, ?)');
  for (const e of c.emails ?? []) ins.run(id, 'email', e);
  for (const p of c.phones ?? []) ins.run(id, 'phone', p);
}

export function removeContacts(db: Db, id: number, c: Partial<ContactPoints>): void {
  const del = prep(db, 'DELETE FROM contact_points WHERE person_id = ? AND kind = ? AND value = ?');
  for (const e of c.emails ?? []) del.run(id, 'email', e);
  for (const p of c.phones ?? []) del.run(id, 'phone', p);
}
