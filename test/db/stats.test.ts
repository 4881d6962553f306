import { describe, expect, it } from 'vitest';
import { list } from '../../src/commands/list.js';
import type { Db } from '../../src/db/open.js';
import { allContacts } from '../../src/db/repos/contacts.js';
import { allPeople } from '../../src/db/repos/people.js';
import { personStats, type PersonStats } from '../../src/db/repos/stats.js';
import { personJson } from '../../src/commands/support/json.js';
import { churnedDemo } from '../helpers/churned.js';

/** What `rel list` computed before person_stats: a GROUP BY over all history. */
function fromHistory(db: Db): Map<number, PersonStats> {
  const rows = db
    .prepare(
      `SELECT person_id AS id, sum(gives) AS gives, sum(takes) AS takes, max(last) AS last FROM (
         SELECT person_id, sum(direction = 'give') AS gives, sum(direction = 'take') AS takes, max(date) AS last
           FROM ledger GROUP BY person_id
         UNION ALL SELECT person_id, 0, 0, max(date) FROM touches GROUP BY person_id
         UNION ALL SELECT ep.person_id, 0, 0, max(e.date) FROM event_people ep JOIN events e ON e.id = ep.event_id
           GROUP BY ep.person_id
       ) GROUP BY person_id`,
    )
    .all() as { id: number; gives: number; takes: number; last: string | null }[];
  return new Map(rows.map((r) => [r.id, { gives: r.gives, takes: r.takes, lastTouch: r.last }]));
}

describe('person stats for list and export', () => {
  it('list from person_stats in one pass prints what people, personJson and a GROUP BY over history print, byte for byte', async () => {
    const { db, deps } = await churnedDemo({ nicknamesAndTags: true });
    db.prepare("UPDATE ledger SET date = '2019-05-05' WHERE id = (SELECT max(id) FROM ledger)").run();

    const history = fromHistory(db);
    expect(history.size).toBeGreaterThan(20);
    // What list computed before: every person as an object, personJson, a GROUP BY over history.
    const people = allPeople(db);
    const byId = new Map(people.map((p) => [p.id, p]));
    const contacts = allContacts(db);
    const before = new Map(
      people.map((p) => {
        const via = p.introducerId === null ? undefined : byId.get(p.introducerId);
        return [
          p.id,
          {
            ...personJson(
              p,
              via ? { id: via.id, name: via.name } : null,
              contacts.get(p.id) ?? { emails: [], phones: [] },
            ),
            ...(history.get(p.id) ?? { gives: 0, takes: 0, lastTouch: null }),
          },
        ];
      }),
    );
    const listed = await list({}, deps);
    // list's order is its sort's (by name); each person must print exactly as before.
    const expected = { ...listed, people: listed.people.map((p) => before.get(p.id)!) };
    expect(listed.count).toBe(people.length);
    expect(JSON.stringify(listed, null, 2)).toBe(JSON.stringify(expected, null, 2));
    expect(listed.people.some((p) => p.introducer !== null)).toBe(true);
    expect(listed.people.some((p) => p.nicknames.length > 0 && p.tags.length > 0)).toBe(true);
    const tagged = await list({ tag: expected.people.find((p) => p.tags.length)!.tags[0] }, deps);
    expect(tagged.count).toBeGreaterThan(0);
    expect(JSON.stringify(tagged.people)).toBe(
      JSON.stringify(expected.people.filter((p) => p.tags.includes(tagged.tag!))),
    );
    expect(listed.people.find((p) => p.name === 'Nobody Yet')).toMatchObject({
      gives: 0,
      takes: 0,
      lastTouch: null,
    });
    const one = listed.people.find((p) => p.name === 'Dup One')!;
    expect(personStats(db, one.id)).toEqual(new Map([[one.id, history.get(one.id)]]));
  });
});
