/** The people table is read and written through one column list: every field survives, both reads agree. */
import { describe, expect, it } from 'vitest';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { addEventPerson, insertEvent } from '../../src/db/repos/events.js';
import { allPeople, getPerson, insertPerson, newPerson } from '../../src/db/repos/people.js';
import { rulePeople } from '../../src/db/repos/rule-people.js';
import { peopleAtLowYieldSince } from '../../src/db/repos/stats.js';
import type { Person, RulePerson } from '../../src/domain/types.js';
import { EVENT_KINDS, LOW_YIELD_KINDS } from '../../src/domain/vocab.js';
import { testEnv } from '../helpers/db.js';

/** A person as the coach reads them: every field but the six no rule reads (domain/types.ts RulePerson). */
const ruleView = (p: Person): RulePerson => ({
  id: p.id,
  name: p.name,
  origin: p.origin,
  introducerId: p.introducerId,
  originEventId: p.originEventId,
  met: p.met,
  every: p.every,
  circle: p.circle,
  birthday: p.birthday,
  ahead: p.ahead,
  chemistry: p.chemistry,
  target: p.target,
  prep: p.prep,
  snoozedUntil: p.snoozedUntil,
});

/** A fresh db holding an introducer of this name and an event, for people to point at. */
function withIntroducerAndEvent(introducer: string) {
  const { db } = testEnv();
  const intro = insertPerson(db, newPerson(introducer), '2026-01-01T00:00:00Z');
  const event = insertEvent(
    db,
    {
      name: 'Meetup',
      kind: 'seminar',
      purpose: null,
      date: '2025-01-01',
      cost: 0,
      hours: 1,
      forPersonId: null,
    },
    '2026-01-01T00:00:00Z',
  );
  return { db, intro, event };
}

describe('person rows', () => {
  it('a person with every field set reads back as written, by id and in the full list', () => {
    const { db, intro, event } = withIntroducerAndEvent('Introducer');
    // Each text field holds its own name, so two columns read in each other's place would show.
    const full = newPerson('Aiko Tanaka', {
      nicknames: ['Ai', 'Aiko-chan'],
      tags: ['design', 'kyoto'],
      origin: 'intro',
      introducerId: intro,
      originEventId: event,
      note: 'note',
      org: 'org',
      reading: 'reading',
      place: 'place',
      met: '2025-01-02',
      every: '2w',
      circle: 'close',
      birthday: '1990-05-15',
      ahead: true,
      chemistry: false,
      target: true,
      prep: { studied: 'studied', give: 'give', reason: 'reason' },
      snoozedUntil: '2026-12-01',
    });
    const id = insertPerson(db, full, '2026-01-01T00:00:00Z');
    expect(getPerson(db, id)).toEqual({ id, ...full });
    expect(allPeople(db, [id])).toEqual([{ id, ...full }]);
    expect(getPerson(db, id + 100)).toBeUndefined();
    // What the coach reads: every field but the six no rule reads, each from its own column.
    expect(rulePeople(db, [id])).toEqual([ruleView({ id, ...full })]);
  });

  it('getPerson and allPeople agree on every person of the demo network', () => {
    const { db, deps } = testEnv();
    loadDemo(db, demoData(), deps.today, 'en', deps.now.toISOString());
    const people = allPeople(db);
    for (const p of people) expect(getPerson(db, p.id)).toEqual(p);
    // The coach's read: the same people in the same order, with the fields the rules read.
    expect(rulePeople(db)).toEqual(people.map(ruleView));
  });

  it('the coach reads each rarely set field of the one person who has it, and nulls for the rest', () => {
    const { db, intro, event } = withIntroducerAndEvent('Zen Introducer');
    // Names in an order unlike the ids', so a field read for the wrong person would show.
    const alone: [string, Partial<Person>][] = [
      ['Yuki introduced', { origin: 'intro', introducerId: intro }],
      ['Aoi from an event', { origin: 'event', originEventId: event }],
      ['Mio close', { circle: 'close' }],
      ['Kai studied', { prep: { studied: 'their talk', give: null, reason: null } }],
      ['Ren give', { prep: { studied: null, give: 'an intro', reason: null } }],
      ['Emi reason', { prep: { studied: null, give: null, reason: 'a mentor' } }],
      ['Sora snoozed', { snoozedUntil: '2026-12-24' }],
      ['Hana nothing rare', { met: '2025-03-01', birthday: '1991-02-03', every: '1m', ahead: true }],
    ];
    for (const [name, fields] of alone) insertPerson(db, newPerson(name, fields), '2026-01-01T00:00:00Z');
    const people = allPeople(db);
    expect(rulePeople(db)).toEqual(people.map(ruleView));
    const sora = rulePeople(db).find((p) => p.name === 'Sora snoozed')!;
    expect([sora.snoozedUntil, sora.circle, sora.introducerId, sora.prep.give]).toEqual([
      '2026-12-24',
      null,
      null,
      null,
    ]);
    // A few by id: only theirs.
    const ids = people.filter((p) => p.name.startsWith('Ren') || p.name.startsWith('Hana')).map((p) => p.id);
    expect(rulePeople(db, ids)).toEqual(people.filter((p) => ids.includes(p.id)).map(ruleView));
  });

  it('the low-yield kinds in SQL are the vocabulary’s, and only those', () => {
    const { db } = testEnv();
    const at = new Map<string, number>();
    for (const kind of EVENT_KINDS) {
      const person = insertPerson(db, newPerson(`Met at ${kind}`), '2026-01-01T00:00:00Z');
      const e = insertEvent(
        db,
        { name: kind, kind, purpose: null, date: '2026-06-01', cost: 0, hours: 1, forPersonId: null },
        '2026-01-01T00:00:00Z',
      );
      addEventPerson(db, e, person);
      at.set(kind, person);
    }
    const found = new Set(peopleAtLowYieldSince(db, '2026-01-01', []));
    expect(EVENT_KINDS.filter((k) => found.has(at.get(k)!))).toEqual([...LOW_YIELD_KINDS]);
  });
});
