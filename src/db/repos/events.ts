import type { Db } from '../open.js';
import { jsonRows, prep } from '../stmt.js';
import { inList } from './ledger.js';
import type { EventRecord, Intro } from '../../domain/types.js';
import type { EventKind, Purpose } from '../../domain/vocab.js';

interface EventRow {
  id: number;
  name: string;
  kind: string;
  purpose: string | null;
  date: string;
  cost: number;
  hours: number;
  for_person_id: number | null;
  people: string;
}

const SELECT = `SELECT e.*, (SELECT json_group_array(person_id) FROM event_people WHERE event_id = e.id) AS people FROM events e`;

const toEvent = (r: EventRow): EventRecord => ({
  id: r.id,
  name: r.name,
  kind: r.kind as EventKind,
  purpose: r.purpose as Purpose | null,
  date: r.date,
  cost: r.cost,
  hours: r.hours,
  forPersonId: r.for_person_id,
  people: (JSON.parse(r.people) as number[]).sort((a, b) => a - b),
});

export function insertEvent(db: Db, e: Omit<EventRecord, 'id' | 'people'>, createdAt: string): number {
  return Number(
    prep(
      db,
      'INSERT INTO events (name, kind, purpose, date, cost, hours, for_person_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(e.name, e.kind, e.purpose, e.date, e.cost, e.hours, e.forPersonId, createdAt).lastInsertRowid,
  );
}

export function addEventPerson(db: Db, eventId: number, personId: number): void {
  prep(db, 'INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)').run(eventId, personId);
}

/** Every event, or those from `since` on plus the given ones. */
export function allEvents(db: Db, since?: string, alsoIds: readonly number[] = []): EventRecord[] {
  const where = since ? `WHERE e.date >= ? OR e.id ${inList(alsoIds)}` : '';
  // One JSON text (db/stmt.ts jsonRows), each event's people as a JSON text in it already in id
  // order (the JSON subtype does not pass the inner query, so each is parsed here; no sort).
  const rows = jsonRows<
    [number, string, string, string | null, string, number, number, number | null, string]
  >(
    db,
    [
      'e.id',
      'e.name',
      'e.kind',
      'e.purpose',
      'e.date',
      'e.cost',
      'e.hours',
      'e.for_person_id',
      '(SELECT json_group_array(person_id) FROM (SELECT person_id FROM event_people WHERE event_id = e.id ORDER BY person_id))',
    ],
    `FROM events e ${where} ORDER BY e.date, e.id`,
    ...(since ? [since] : []),
  );
  const out = new Array<EventRecord>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = {
      id: r[0],
      name: r[1],
      kind: r[2] as EventKind,
      purpose: r[3] as Purpose | null,
      date: r[4],
      cost: r[5],
      hours: r[6],
      forPersonId: r[7],
      people: JSON.parse(r[8]) as number[],
    };
  }
  return out;
}

export function eventsFor(db: Db, personId: number): EventRecord[] {
  return (
    prep(
      db,
      `${SELECT} WHERE e.id IN (SELECT event_id FROM event_people WHERE person_id = ?) OR e.for_person_id = ? ORDER BY e.date, e.id`,
    ).all(personId, personId) as EventRow[]
  ).map(toEvent);
}

interface IntroRow {
  id: number;
  introducer_id: number;
  person_id: number;
  date: string;
}

const toIntro = (r: IntroRow): Intro => ({
  id: r.id,
  introducerId: r.introducer_id,
  personId: r.person_id,
  date: r.date,
});

export function insertIntro(db: Db, i: Omit<Intro, 'id'>, createdAt: string): number {
  return Number(
    prep(db, 'INSERT INTO intros (introducer_id, person_id, date, created_at) VALUES (?, ?, ?, ?)').run(
      i.introducerId,
      i.personId,
      i.date,
      createdAt,
    ).lastInsertRowid,
  );
}

/** The introduction already recorded between these two, if any (the earliest). */
export function findIntro(
  db: Db,
  introducerId: number,
  personId: number,
): { id: number; date: string } | undefined {
  return prep(
    db,
    'SELECT id, date FROM intros WHERE introducer_id = ? AND person_id = ? ORDER BY date, id LIMIT 1',
  ).get(introducerId, personId) as { id: number; date: string } | undefined;
}

export function setIntroDate(db: Db, id: number, date: string): void {
  prep(db, 'UPDATE intros SET date = ? WHERE id = ?').run(date, id);
}

/** A met date later than the introduction moves back to it (you met when you were introduced). */
export function metNoLaterThan(db: Db, personId: number, date: string): void {
  prep(db, 'UPDATE people SET met_on = ? WHERE id = ? AND met_on > ?').run(date, personId, date);
}

export function allIntros(db: Db, personIds?: readonly number[]): Intro[] {
  const where = personIds ? `WHERE introducer_id ${inList(personIds)} OR person_id ${inList(personIds)}` : '';
  return (prep(db, `SELECT * FROM intros ${where} ORDER BY date, id`).all() as IntroRow[]).map(toIntro);
}

export function introsInvolving(db: Db, personId: number): Intro[] {
  return (
    prep(db, 'SELECT * FROM intros WHERE introducer_id = ? OR person_id = ? ORDER BY date, id').all(
      personId,
      personId,
    ) as IntroRow[]
  ).map(toIntro);
}
