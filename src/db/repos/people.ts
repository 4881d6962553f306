import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import type { Person } from '../../domain/types.js';
import type { Origin } from '../../domain/vocab.js';

/** What each column of the people table holds, as better-sqlite3 reads it. */
interface ColumnTypes {
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
  reading: string | null;
  place: string | null;
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
] as const satisfies readonly (keyof ColumnTypes)[];

/** The one column list: every read selects these, in this order (raw rows: arrays, fast at 10,000 people). */
const COLUMNS = ['id', ...WRITABLE] as const;
export type Column = (typeof COLUMNS)[number];
const AT = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;
const SELECT = `SELECT ${COLUMNS.map((c) => `p.${c}`).join(', ')}`;

/** One column of a raw row, typed by its name (not a closure made per row: 10,000 on a large network). */
const col = <C extends Column>(r: readonly unknown[], c: C) => r[AT[c]] as ColumnTypes[C];

/** The one Person row mapping: a raw row of COLUMNS (and the person's nicknames and tags). */
function toPerson(r: readonly unknown[], nicknames: string[] = [], tags: string[] = []): Person {
  return {
    id: col(r, 'id'),
    name: col(r, 'name'),
    nicknames,
    tags,
    origin: col(r, 'origin') as Origin,
    introducerId: col(r, 'introducer_id'),
    originEventId: col(r, 'origin_event_id'),
    note: col(r, 'note'),
    org: col(r, 'org'),
    reading: col(r, 'reading'),
    place: col(r, 'place'),
    met: col(r, 'met_on'),
    every: col(r, 'cadence'),
    circle: col(r, 'circle'),
    birthday: col(r, 'birthday'),
    ahead: col(r, 'ahead') === 1,
    chemistry: col(r, 'chemistry') === 1,
    target: col(r, 'target') === 1,
    prep: { studied: col(r, 'prep_studied'), give: col(r, 'prep_give'), reason: col(r, 'prep_reason') },
    snoozedUntil: col(r, 'snoozed_until'),
  };
}

/** Everyone (or these ids), sorted by name; nicknames and tags in two queries, not one per person. */
export function allPeople(db: Db, ids?: readonly number[]): Person[] {
  const only = ids ? `IN (${ids.map(Number).join(',') || 'NULL'})` : '';
  // Raw rows: better-sqlite3 builds arrays much faster than objects, which counts at 10,000 people.
  const stmt = prep(
    db,
    `${SELECT} FROM people p ${ids ? `WHERE p.id ${only}` : ''} ORDER BY p.name COLLATE NOCASE, p.id`,
  );
  const people = (stmt.raw().all() as unknown[][]).map((r) => toPerson(r));
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
  const row = prep(
    db,
    `${SELECT},
      (SELECT json_group_array(nickname) FROM (SELECT nickname FROM nicknames WHERE person_id = p.id ORDER BY nickname)),
      (SELECT json_group_array(tag) FROM (SELECT tag FROM tags WHERE person_id = p.id ORDER BY tag))
    FROM people p WHERE p.id = ?`,
  )
    .raw()
    .get(id) as unknown[] | undefined;
  if (!row) return undefined;
  const list = (json: unknown) => JSON.parse(json as string) as string[];
  return toPerson(row, list(row[COLUMNS.length]), list(row[COLUMNS.length + 1]));
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
