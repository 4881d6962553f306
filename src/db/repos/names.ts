/** What matching typed names needs: every name and nickname, and an exact-name lookup. */
import type { Db } from '../open.js';
import { prep } from '../stmt.js';

/** Names, nicknames and readings only: what matching needs (two flat queries, fast at 10,000 people). */
export function namedPeople(
  db: Db,
): { id: number; name: string; nicknames: string[]; reading: string | null }[] {
  const people = (
    prep(db, 'SELECT id, name, reading FROM people ORDER BY id').raw().all() as [
      number,
      string,
      string | null,
    ][]
  ).map(([id, name, reading]) => ({
    id,
    name,
    nicknames: [] as string[],
    reading,
  }));
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const [id, nick] of prep(db, 'SELECT person_id, nickname FROM nicknames').raw().all() as [
    number,
    string,
  ][]) {
    byId.get(id)?.nicknames.push(nick);
  }
  return people;
}

/** People whose name or a nickname is exactly this text, ignoring ASCII case (an indexed fast path). */
export function exactNameIds(db: Db, text: string): number[] {
  return prep(
    db,
    `SELECT id FROM people WHERE name = @t COLLATE NOCASE
     UNION SELECT person_id FROM nicknames WHERE nickname = @t COLLATE NOCASE`,
  )
    .pluck()
    .all({ t: text }) as number[];
}
