import type { Db } from '../open.js';
import { prep } from '../stmt.js';
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
  reading: string | null;
  place: string | null;
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

/** The columns a person is written with, in table order. */
export const WRITABLE = [
  'name',
  'origin',
  'introducer_id',
  'origin_event_id',
  'note',
  'org',
  'met_on',
  'cadence',
  'circle',
  'birthday',
  'ahead',
  'chemistry',
  'target',
  'prep_studied',
  'prep_give',
  'prep_reason',
  'snoozed_until',
  'reading',
  'place',
] as const;

const COLUMNS = ['id', ...WRITABLE] as const;

type N = number | null;
type S = string | null;
type RawPerson = [number, string, string, N, N, S, S, S, S, S, S, number, number, number, S, S, S, S, S, S];

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
    reading: r.reading,
    place: r.place,
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

/** Everyone (or these ids), sorted by name; nicknames and tags in two queries, not one per person. */
export function allPeople(db: Db, ids?: readonly number[]): Person[] {
  const only = ids ? `IN (${ids.map(Number).join(',') || 'NULL'})` : '';
  // Raw rows: better-sqlite3 builds arrays much faster than objects, which counts at 10,000 people.
  const stmt = prep(
    db,
    `SELECT ${COLUMNS.join(', ')} FROM people ${ids ? `WHERE id ${only}` : ''} ORDER BY name COLLATE NOCASE, id`,
  );
  const people = (stmt.raw().all() as RawPerson[]).map(
    ([
      id,
      name,
      origin,
      introducerId,
      originEventId,
      note,
      org,
      met,
      every,
      circle,
      birthday,
      ahead,
      chemistry,
      target,
      studied,
      give,
      reason,
      snoozedUntil,
      reading,
      place,
    ]): Person => ({
      id,
      name,
      nicknames: [],
      tags: [],
      origin: origin as Origin,
      introducerId,
      originEventId,
      note,
      org,
      reading,
      place,
      met,
      every,
      circle,
      birthday,
      ahead: ahead === 1,
      chemistry: chemistry === 1,
      target: target === 1,
      prep: { studied, give, reason },
      snoozedUntil,
    }),
  );
  const nicks = prep(
    db,
    `SELECT person_id, nickname FROM nicknames ${ids ? `WHERE person_id ${only}` : ''} ORDER BY person_id, nickname`,
  ).all() as {
    person_id: number;
    nickname: string;
  }[];
  // Indexed by id only when someone has a nickname or a tag.
  let index: Map<number, Person> | undefined;
  const byId = () => (index ??= new Map(people.map((p) => [p.id, p])));
  for (const n of nicks) byId().get(n.person_id)?.nicknames.push(n.nickname);
  const tags = prep(
    db,
    `SELECT person_id, tag FROM tags ${ids ? `WHERE person_id ${only}` : ''} ORDER BY person_id, tag`,
  ).all() as {
    person_id: number;
    tag: string;
  }[];
  for (const t of tags) byId().get(t.person_id)?.tags.push(t.tag);
  return people;
}

export function getPerson(db: Db, id: number): Person | undefined {
  const row = prep(db, `${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? toPerson(row) : undefined;
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
    reading: null,
    place: null,
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

/** A person as the named parameters of the people table. */
function columns(p: NewPerson): Record<(typeof WRITABLE)[number], string | number | null> {
  return {
    name: p.name,
    origin: p.origin,
    introducer_id: p.introducerId,
    origin_event_id: p.originEventId,
    note: p.note,
    org: p.org,
    met_on: p.met,
    cadence: p.every,
    circle: p.circle,
    birthday: p.birthday,
    ahead: p.ahead ? 1 : 0,
    chemistry: p.chemistry ? 1 : 0,
    target: p.target ? 1 : 0,
    prep_studied: p.prep.studied,
    prep_give: p.prep.give,
    prep_reason: p.prep.reason,
    snoozed_until: p.snoozedUntil,
    reading: p.reading,
    place: p.place,
  };
}

export function insertPerson(db: Db, p: NewPerson, createdAt: string): number {
  const info = prep(
    db,
    `INSERT INTO people (${WRITABLE.join(', ')}, created_at) VALUES (${WRITABLE.map((c) => `@${c}`).join(', ')}, @created_at)`,
  ).run({ ...columns(p), created_at: createdAt });
  const id = Number(info.lastInsertRowid);
  setNicknames(db, id, p.nicknames);
  setTags(db, id, p.tags);
  return id;
}

export function updatePerson(db: Db, p: Person): void {
  prep(db, `UPDATE people SET ${WRITABLE.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({
    ...columns(p),
    id: p.id,
  });
  setNicknames(db, p.id, p.nicknames);
  setTags(db, p.id, p.tags);
}

function setNicknames(db: Db, id: number, nicknames: readonly string[]): void {
  prep(db, 'DELETE FROM nicknames WHERE person_id = ?').run(id);
  const ins = prep(db, 'INSERT OR IGNORE INTO nicknames (person_id, nickname) VALUES (?, ?)');
  for (const n of nicknames) ins.run(id, n);
}

function setTags(db: Db, id: number, tags: readonly string[]): void {
  prep(db, 'DELETE FROM tags WHERE person_id = ?').run(id);
  const ins = prep(db, 'INSERT OR IGNORE INTO tags (person_id, tag) VALUES (?, ?)');
  for (const t of tags) ins.run(id, t);
}

export function deletePerson(db: Db, id: number): void {
  prep(db, 'DELETE FROM people WHERE id = ?').run(id);
}

/** Once you have met a want-to-meet target, they are a normal person with a met date. */
export function markMet(db: Db, id: number, date: string): void {
  prep(db, 'UPDATE people SET target = 0, met_on = coalesce(met_on, ?) WHERE id = ? AND target = 1').run(
    date,
    id,
  );
}

export function countPeople(db: Db): number {
  return prep(db, 'SELECT count(*) FROM people').pluck().get() as number;
}

export function setSnooze(db: Db, id: number, until: string | null): void {
  prep(db, 'UPDATE people SET snoozed_until = ? WHERE id = ?').run(until, id);
}

/** People from school or work: the ties a sale would burn first. */
export function countCircle(db: Db): number {
  return prep(db, "SELECT count(*) FROM people WHERE origin IN ('school', 'work')").pluck().get() as number;
}
