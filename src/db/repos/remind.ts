/**
 * What `rel remind` and `rel today` read to know who is due and whose birthday comes: only the
 * people with a rhythm (their own or their circle's) or a birthday, with their person_stats, as raw
 * rows sorted as allPeople sorts them. No snapshot: no events, introductions, needs or window rows.
 * `skipBirthdays` (domain birthdaysAfter): days of the year whose people, without a rhythm, are
 * left unread: their birthdays are not coming.
 */
import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import type { Day } from '../../domain/dates.js';
import type { ReminderPerson, ReminderSource } from '../../domain/reminders.js';

type S = string | null;
/** id, name, cadence, circle, met_on, snoozed_until, birthday, gives, takes, last_give, last_take, last_take_what, last_touch */
type Row = [number, string, S, S, S, S, S, number | null, number | null, S, S, S, S];

interface Stats {
  lastTouch: Day | null;
  lastGive: string | null;
  lastTake: { date: Day; id: number; what: string } | null;
}
const NONE: Stats = { lastTouch: null, lastGive: null, lastTake: null };

export function reminderSource(db: Db, today: Day, skipBirthdays: readonly string[] = []): ReminderSource {
  const rows = prep(
    db,
    `SELECT p.id, p.name, p.cadence, p.circle, p.met_on, p.snoozed_until, p.birthday,
            s.gives, s.takes, s.last_give, s.last_take, s.last_take_what, s.last_touch
       FROM people p LEFT JOIN person_stats s ON s.person_id = p.id
      WHERE p.cadence IS NOT NULL OR p.circle IS NOT NULL
         OR (p.birthday IS NOT NULL AND substr(p.birthday, -5) NOT IN (SELECT value FROM json_each(?)))
      ORDER BY p.name COLLATE NOCASE, p.id`,
  )
    .raw()
    .all(JSON.stringify(skipBirthdays)) as Row[];
  const people: ReminderPerson[] = [];
  const stats = new Map<number, Stats>();
  for (const [
    id,
    name,
    every,
    circle,
    met,
    snoozedUntil,
    birthday,
    gives,
    takes,
    lastGive,
    lastTake,
    what,
    lastTouch,
  ] of rows) {
    people.push({ id, name, every, circle, met, snoozedUntil, birthday });
    // As loadAggregates reads person_stats: a person with no give, take or touch has none of them.
    if (!gives && !takes && lastTouch === null) continue;
    stats.set(id, {
      lastTouch,
      lastGive,
      lastTake: lastTake
        ? { date: lastTake.slice(0, 10), id: Number(lastTake.slice(11)), what: what ?? '' }
        : null,
    });
  }
  return {
    people,
    today,
    lastTouch: (id) => (stats.get(id) ?? NONE).lastTouch,
    stats: (id) => stats.get(id) ?? NONE,
  };
}
