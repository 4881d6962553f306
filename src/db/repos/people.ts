import type { Db } from '../open.js';
import type { Person } from '../../domain/types.js';
import type { Origin } from '../../domain/vocab.js';

interface PersonRow {
  id: number;
  name: string;
  origin: string;
  introducer_id: number | null;
  origin_event_id: number | null;
  note: string | null;
  org: string | null;
  met_on: string | null;
  cadence: string | null;
  circle: string | null;
  birthday: string | null;
  ahead: number;
  chemistry: number;
  target: number;
  prep_studied: string | null;
  prep_give: string | null;
  prep_reason: string | null;
  snoozed_until: string | null;
  nicknames: string | null;
  tags: string | null;
}

const SELECT = `
  SELECT p.*,
    (SELECT json_group_array(nickname) FROM (SELECT nickname FROM nicknames WHERE person_id = p.id ORDER BY nickname)) AS nicknames,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM tags WHERE person_id = p.id ORDER BY tag)) AS tags
  FROM people p`;

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    nicknames: JSON.parse(r.nicknames ?? '[]') as string[],
    tags: JSON.parse(r.tags ?? '[]') as string[],
    origin: r.origin as Origin,
    introducerId: r.introducer_id,
    originEventId: r.origin_event_id,
    note: r.note,
    org: r.org,
    met: r.met_on,
    every: r.cadence,
    circle: r.circle,
    birthday: r.birthday,
    ahead: r.ahead === 1,
    chemistry: r.chemistry === 1,
    target: r.target === 1,
    prep: { studied: r.prep_studied, give: r.prep_give, reason: r.prep_reason },
    snoozedUntil: r.snoozed_until,
  };
}

export function allPeople(db: Db): Person[] {
  return (db.prepare(`${SELECT} ORDER BY p.name COLLATE NOCASE, p.id`).all() as PersonRow[]).map(toPerson);
}

export function getPerson(db: Db, id: number): Person | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? toPerson(row) : undefined;
}

/** Names and nicknames only: what matching needs. */
export function namedPeople(db: Db): { id: number; name: string; nicknames: string[] }[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, (SELECT json_group_array(nickname) FROM nicknames WHERE person_id = p.id) AS nicknames
       FROM people p ORDER BY p.id`,
    )
    .all() as { id: number; name: string; nicknames: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, nicknames: JSON.parse(r.nicknames) as string[] }));
}

export type NewPerson = Omit<Person, 'id'>;

/** A person with every field at its default, then the given ones. */
export function newPerson(name: string, fields: Partial<NewPerson> = {}): NewPerson {
  return {
    name,
    nicknames: [],
    tags: [],
    origin: 'other',
    introducerId: null,
    originEventId: null,
    note: null,
    org: null,
    met: null,
    every: null,
    circle: null,
    birthday: null,
    ahead: false,
    chemistry: true,
    target: false,
    prep: { studied: null, give: null, reason: null },
    snoozedUntil: null,
    ...fields,
  };
}

export function insertPerson(db: Db, p: NewPerson, createdAt: string): number {
  const info = db
    .prepare(
      `INSERT INTO people (name, origin, introducer_id, origin_event_id, note, org, met_on, cadence, circle, birthday,
         ahead, chemistry, target, prep_studied, prep_give, prep_reason, snoozed_until, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.name,
      p.origin,
      p.introducerId,
      p.originEventId,
      p.note,
      p.org,
      p.met,
      p.every,
      p.circle,
      p.birthday,
      p.ahead ? 1 : 0,
      p.chemistry ? 1 : 0,
      p.target ? 1 : 0,
      p.prep.studied,
      p.prep.give,
      p.prep.reason,
      p.snoozedUntil,
      createdAt,
    );
  const id = Number(info.lastInsertRowid);
  setNicknames(db, id, p.nicknames);
  setTags(db, id, p.tags);
  return id;
}

export function updatePerson(db: Db, p: Person): void {
  db.prepare(
    `UPDATE people SET name = ?, origin = ?, introducer_id = ?, origin_event_id = ?, note = ?, org = ?, met_on = ?,
       cadence = ?, circle = ?, birthday = ?, ahead = ?, chemistry = ?, target = ?, prep_studied = ?, prep_give = ?,
       prep_reason = ?, snoozed_until = ?
     WHERE id = ?`,
  ).run(
    p.name,
    p.origin,
    p.introducerId,
    p.originEventId,
    p.note,
    p.org,
    p.met,
    p.every,
    p.circle,
    p.birthday,
    p.ahead ? 1 : 0,
    p.chemistry ? 1 : 0,
    p.target ? 1 : 0,
    p.prep.studied,
    p.prep.give,
    p.prep.reason,
    p.snoozedUntil,
    p.id,
  );
  setNicknames(db, p.id, p.nicknames);
  setTags(db, p.id, p.tags);
}

function setNicknames(db: Db, id: number, nicknames: readonly string[]): void {
  db.prepare('DELETE FROM nicknames WHERE person_id = ?').run(id);
  const ins = db.prepare('INSERT OR IGNORE INTO nicknames (person_id, nickname) VALUES (?, ?)');
  for (const n of nicknames) ins.run(id, n);
}

function setTags(db: Db, id: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM tags WHERE person_id = ?').run(id);
  const ins = db.prepare('INSERT OR IGNORE INTO tags (person_id, tag) VALUES (?, ?)');
  for (const t of tags) ins.run(id, t);
}

export function deletePerson(db: Db, id: number): void {
  db.prepare('DELETE FROM people WHERE id = ?').run(id);
}

/** Once you have met a want-to-meet target, they are a normal person with a met date. */
export function markMet(db: Db, id: number, date: string): void {
  db.prepare('UPDATE people SET target = 0, met_on = coalesce(met_on, ?) WHERE id = ? AND target = 1').run(
    date,
    id,
  );
}

export function countPeople(db: Db): number {
  return db.prepare('SELECT count(*) FROM people').pluck().get() as number;
}

export function setSnooze(db: Db, id: number, until: string | null): void {
  db.prepare('UPDATE people SET snoozed_until = ? WHERE id = ?').run(until, id);
}
