/** A seeded random network written straight through the repos: people, gives, takes, touches, events. */
import type { Db } from '../../src/db/open.js';
import { addEventPerson, insertEvent, insertIntro } from '../../src/db/repos/events.js';
import { insertLedger, insertTouch } from '../../src/db/repos/ledger.js';
import { insertPerson, newPerson } from '../../src/db/repos/people.js';
import { addDays, type Day } from '../../src/domain/dates.js';

/** mulberry32: small, seeded, the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomNetwork(db: Db, seed: number, today: Day, people = 40): void {
  const r = prng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const stamp = `${today}T00:00:00.000Z`;
  db.transaction(() => {
    const ids: number[] = [];
    for (let i = 0; i < people; i++) {
      const target = r() < 0.05;
      const met = target ? null : addDays(today, -int(1500));
      ids.push(
        insertPerson(
          db,
          newPerson(`Person ${i}`, {
            met,
            target,
            origin: pick(['work', 'event', 'intro', 'school'] as const),
            circle: r() < 0.3 ? pick(['inner', 'close', 'active', 'wider']) : null,
          }),
          stamp,
        ),
      );
    }
    for (let i = 0; i < people * 8; i++) {
      const personId = pick(ids);
      const direction = r() < 0.7 ? 'give' : 'take';
      insertLedger(
        db,
        {
          personId,
          direction,
          kind:
            direction === 'take' && r() < 0.1 ? 'sale' : pick(['help', 'advice', 'info', 'gift'] as const),
          what: `thing ${i}`,
          date: addDays(today, -int(900)),
          eventId: null,
          offered: direction === 'take' && r() < 0.2,
        },
        stamp,
      );
    }
    for (let i = 0; i < people * 3; i++)
      insertTouch(
        db,
        { personId: pick(ids), date: addDays(today, -int(900)), note: null, inbound: r() < 0.3, kind: null },
        stamp,
      );
    for (let i = 0; i < people / 4; i++) {
      const id = insertEvent(
        db,
        {
          name: `Event ${i}`,
          kind: pick(['mixer', 'study-group', 'party'] as const),
          purpose: 'networking',
          date: addDays(today, -int(900)),
          cost: int(5) * 1000,
          hours: int(4),
          forPersonId: null,
        },
        stamp,
      );
      for (let k = 0; k < 1 + int(4); k++) addEventPerson(db, id, pick(ids));
    }
    for (let i = 0; i < people / 5; i++) {
      const [a, b] = [pick(ids), pick(ids)];
      if (a !== b) insertIntro(db, { introducerId: a, personId: b, date: addDays(today, -int(900)) }, stamp);
    }
  })();
}
