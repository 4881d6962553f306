import type { Db } from '../open.js';
import { jsonColumns, prep } from '../stmt.js';
import { addDays, isDay, type Day } from '../../domain/dates.js';
import { GiveLog, type GiveDays } from '../../domain/give-log.js';
import type { Direction, LedgerEntry, Touch } from '../../domain/types.js';
import type { LedgerKind, TouchKind } from '../../domain/vocab.js';

interface LedgerRow {
  id: number;
  person_id: number;
  direction: string;
  kind: string;
  what: string;
  date: string;
  event_id: number | null;
  offered: number;
}

const toEntry = (r: LedgerRow): LedgerEntry => ({
  id: r.id,
  personId: r.person_id,
  direction: r.direction as Direction,
  kind: r.kind as LedgerKind,
  what: r.what,
  date: r.date,
  eventId: r.event_id,
  offered: r.offered === 1,
});

export function insertLedger(
  db: Db,
  e: Omit<LedgerEntry, 'id' | 'offered'> & { offered?: boolean },
  createdAt: string,
): number {
  return Number(
    prep(
      db,
      'INSERT INTO ledger (person_id, direction, kind, what, date, event_id, offered, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(e.personId, e.direction, e.kind, e.what, e.date, e.eventId, e.offered ? 1 : 0, createdAt)
      .lastInsertRowid,
  );
}

export function ledgerFor(db: Db, personId: number): LedgerEntry[] {
  return (
    prep(db, 'SELECT * FROM ledger WHERE person_id = ? ORDER BY date, id').all(personId) as LedgerRow[]
  ).map(toEntry);
}

/**
 * Every give and take, or those from `since` on, or those of some people, by date then id. Read as
 * JSON columns (db/stmt.ts jsonColumns), a span of days at a time when there are many: a report on a
 * large network read its 300,000 rows in a quarter of the time (one object each instead of two)
 * and with ~70 MB less.
 */
export function allLedger(db: Db, since?: string, personIds?: readonly number[]): LedgerEntry[] {
  const who = personIds ? `AND person_id ${inList(personIds)}` : '';
  const first = since ?? (prep(db, 'SELECT min(date) FROM ledger').pluck().get() as Day | null);
  const out: LedgerEntry[] = [];
  if (first === null) return out;
  // A few people's rows, or dates that are not days (nothing to step through): one query.
  const ranges: [Day, Day | null][] = personIds || !isDay(first) ? [[first, null]] : spans(db, first);
  for (const [from, to] of ranges) {
    const at = to === null ? [from] : [from, to];
    const [id, personId, direction, kind, what, date, eventId, offered] = jsonColumns<
      [number, number, Direction, LedgerKind, string, Day, number | null, number]
    >(
      db,
      ['id', 'person_id', 'direction', 'kind', 'what', 'date', 'event_id', 'offered'],
      `FROM ledger WHERE date >= ? ${to === null ? '' : 'AND date < ?'} ${who} ORDER BY date, id`,
      ...at,
    );
    for (let i = 0; i < id.length; i++)
      out.push({
        id: id[i]!,
        personId: personId[i]!,
        direction: direction[i]!,
        kind: kind[i]!,
        what: what[i]!,
        date: date[i]!,
        eventId: eventId[i]!,
        offered: offered[i] === 1,
      });
  }
  return out;
}

/** A window's rows as the rules read them: the takes, and the gives without an object each. */
export interface WindowRows {
  takes: LedgerEntry[];
  gives: GiveLog;
}

/**
 * The gives and takes of a window, for the rules, read from covering indexes: the takes as entries
 * with their text, by date then id; the gives a day at a time (no rule words a give or refers to
 * one), made into a GiveLog. `ORDER BY date` is the order of those indexes (no sort in SQL), so
 * only the takes of one day are put in id order here (sorting ~45,000 rows by a text comparison
 * cost a tenth of a large review).
 */
export function windowRows(db: Db, since: string, personIds?: readonly number[]): WindowRows {
  const who = personIds ? `AND person_id ${inList(personIds)}` : '';
  // JSON texts per direction and span of days (a span bounds what one text and its parsed rows hold
  // at once on a huge network). Rows are read by index, not destructured: run once, this code is
  // not optimised, and destructuring an array steps an iterator (an object per value). Dates and
  // kinds are short enough that JSON.parse makes each distinct one a single shared string.
  const gives: GiveDays[number][] = [];
  const t: LedgerEntry[] = [];
  // A few people's rows (a write's findings) are few: one query, not one per span.
  for (const [from, to] of personIds ? [[since, null] as const] : spans(db, since)) {
    const range = `date >= ? ${to === null ? '' : 'AND date < ?'} ${who} ORDER BY date`;
    const at = to === null ? [from] : [from, to];
    // The gives a day at a time: each day once, its people and kinds as two lists.
    const days = JSON.parse(
      prep(db, givesByDay(`direction = 'give' AND ${range}`))
        .pluck()
        .get(...at) as string,
    ) as GiveDays;
    for (let d = 0; d < days.length; d++) gives.push(days[d]!);
    const [id, personId, kind, date, eventId, what, offered] = jsonColumns<
      [number, number, string, Day, number | null, string, number]
    >(
      db,
      ['id', 'person_id', 'kind', 'date', 'event_id', 'what', 'offered'],
      `FROM ledger WHERE direction = 'take' AND ${range}`,
      ...at,
    );
    for (let i = 0; i < id.length; i++)
      t.push({
        id: id[i]!,
        personId: personId[i]!,
        direction: 'take',
        kind: kind[i] as LedgerKind,
        what: what[i]!,
        date: date[i]!,
        eventId: eventId[i]!,
        offered: offered[i] === 1,
      });
  }
  return { takes: byDateId(t), gives: new GiveLog(gives) };
}

/**
 * The gives of `ledger` rows `where` says (its ORDER BY included) as one JSON text of days,
 * `[day, [person ids], [kinds]]` each, in date order. Each day's date is written once and its
 * people are a list of numbers: on a huge network the text is half as long as a row per give and
 * parses in a quarter of the time. The two lists are built from the same rows in one step each, so
 * they line up.
 */
const givesByDay = (where: string) => `SELECT coalesce('[' || group_concat(g) || ']', '[]') FROM (
  SELECT '[' || json_quote(date) || ',[' || group_concat(person_id) || '],' || json_group_array(kind) || ']' AS g
  FROM (SELECT person_id, kind, date FROM ledger WHERE ${where}) GROUP BY date ORDER BY date)`;

/** Days of rows read as one JSON text: a huge network's window (~400,000 rows) is never one text. */
const SPAN_DAYS = 61;
/** The last day a span may start on and still end on a calendar day (9999-12-31 at most). */
const LAST_STEP = '9999-10-31';

/**
 * The window from `since` in spans of SPAN_DAYS (from inclusive, to exclusive), the last open. A
 * span with no rows is skipped: the next starts at the next row's day. One row dated 9999-12-31 (a
 * backup may hold any day) made ~48,000 spans of nothing, and a text that is not a day ends the
 * stepping (the open span takes the rest).
 */
export function spans(db: Db, since: Day): [Day, Day | null][] {
  const last = prep(db, 'SELECT max(date) FROM ledger').pluck().get() as Day | null;
  const out: [Day, Day | null][] = [];
  let from = since;
  // Not past the last calendar day there is.
  while (last !== null && from <= LAST_STEP) {
    const to = addDays(from, SPAN_DAYS);
    if (to > last) break;
    out.push([from, to]);
    const next = prep(db, 'SELECT min(date) FROM ledger WHERE date >= ?').pluck().get(to) as Day | null;
    if (next === null || !isDay(next)) {
      from = to;
      break;
    }
    from = next;
  }
  out.push([from, null]);
  return out;
}

const byId = (a: LedgerEntry, b: LedgerEntry) => a.id - b.id;

/**
 * Rows in date order put in (date, id) order, in place: only the rows of one day are sorted, a few
 * dozen by insertion, more (a day of a huge network holds hundreds) by Array#sort.
 */
function byDateId(xs: LedgerEntry[]): LedgerEntry[] {
  let start = 0;
  while (start < xs.length) {
    const date = xs[start]!.date;
    let end = start + 1;
    while (end < xs.length && xs[end]!.date === date) end++;
    if (end - start <= 32) {
      for (let i = start + 1; i < end; i++) {
        const x = xs[i]!;
        let j = i - 1;
        for (; j >= start && xs[j]!.id > x.id; j--) xs[j + 1] = xs[j]!;
        xs[j + 1] = x;
      }
    } else {
      const day = xs.slice(start, end).sort(byId);
      for (let i = 0; i < day.length; i++) xs[start + i] = day[i]!;
    }
    start = end;
  }
  return xs;
}

export const inList = (ids: readonly number[]): string => `IN (${ids.map(Number).join(',') || 'NULL'})`;

interface TouchRow {
  id: number;
  person_id: number;
  date: string;
  note: string | null;
  inbound: number;
  kind?: string | null;
}

const toTouch = (r: TouchRow): Touch => ({
  id: r.id,
  personId: r.person_id,
  date: r.date,
  note: r.note,
  inbound: r.inbound === 1,
  kind: (r.kind ?? null) as TouchKind | null,
});

export function insertTouch(db: Db, t: Omit<Touch, 'id'>, createdAt: string): number {
  return Number(
    prep(
      db,
      'INSERT INTO touches (person_id, date, note, inbound, kind, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(t.personId, t.date, t.note, t.inbound ? 1 : 0, t.kind, createdAt).lastInsertRowid,
  );
}

export function touchesFor(db: Db, personId: number): Touch[] {
  return (
    prep(db, 'SELECT * FROM touches WHERE person_id = ? ORDER BY date, id').all(personId) as TouchRow[]
  ).map(toTouch);
}

/**
 * The days of inbound touches (from `since` on; of some people) in date order, one string a day:
 * what the review counts of touches, without a row each (a huge network's window holds ~57,000).
 */
export function inboundDays(db: Db, since?: string, personIds?: readonly number[]): Day[] {
  const where = [
    'inbound = 1', // served by the partial index touches_inbound_window, which covers date
    since ? 'date >= ?' : null,
    personIds ? `person_id ${inList(personIds)}` : null,
  ].filter(Boolean);
  const days = JSON.parse(
    prep(
      db,
      `SELECT json_group_array(date) FROM (SELECT date FROM touches WHERE ${where.join(' AND ')} ORDER BY date)`,
    )
      .pluck()
      .get(...(since ? [since] : [])) as string,
  ) as Day[];
  for (let i = 1; i < days.length; i++) if (days[i] === days[i - 1]) days[i] = days[i - 1]!;
  return days;
}

/** Characters of touch notes read as one JSON text; more are read a note at a time. */
const NOTES_AT_ONCE = 50_000_000;

/**
 * Every touch, by date then id: one JSON text per column (no index orders touches by date). Notes
 * beyond `notesAtOnce` characters in all come as a list instead (V8 caps one string at ~536 million
 * characters, and a note may be long).
 */
export function allTouches(db: Db, notesAtOnce = NOTES_AT_ONCE): Touch[] {
  const many = (prep(db, 'SELECT total(length(note)) FROM touches').pluck().get() as number) > notesAtOnce;
  const order = 'FROM touches ORDER BY date, id';
  const [id, personId, date, inbound, kind, noteColumn] = jsonColumns<
    [number, number, Day, number, TouchKind | null, string | null]
  >(db, ['id', 'person_id', 'date', 'inbound', 'kind', many ? 'NULL' : 'note'], order);
  const note = many ? (prep(db, `SELECT note ${order}`).pluck().all() as (string | null)[]) : noteColumn;
  const out: Touch[] = new Array<Touch>(id.length);
  for (let i = 0; i < id.length; i++)
    out[i] = {
      id: id[i]!,
      personId: personId[i]!,
      date: date[i]!,
      note: note[i]!,
      inbound: inbound[i] === 1,
      kind: kind[i]!,
    };
  return out;
}
