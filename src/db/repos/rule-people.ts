/** People as the coach reads them (db/snapshot.ts): the columns rules read, as JSON columns. */
import type { Db } from '../open.js';
import { jsonColumnPages } from '../stmt.js';
import type { Column } from './people.js';
import type { RulePerson } from '../../domain/types.js';
import type { Origin } from '../../domain/vocab.js';

/**
 * The prep of everyone who has none, shared (frozen: the coach reads people, never changes them),
 * not an object each: most people, 100,000 on a huge network.
 */
const NO_PREP: RulePerson['prep'] = Object.freeze({ studied: null, give: null, reason: null });

/** Rows of people read as one JSON text. */
const PAGE = 25_000;

type S = string | null;
type N = number | null;
/**
 * What the coach reads of a person: every column but the free text and address-book fields (note,
 * org, reading, place). Those most people have are read for everyone.
 */
type CommonRow = [number, string, string, S, S, S, number, number, number];
const COMMON_COLUMNS: readonly Column[] = [
  'id',
  'name',
  'origin',
  'met_on',
  'cadence',
  'birthday',
  'ahead',
  'chemistry',
  'target',
];
/** The rest, which most people leave empty: read only for those who have any. */
type RareRow = [number, N, N, S, S, S, S, S];
const RARE_COLUMNS: readonly Column[] = [
  'id',
  'introducer_id',
  'origin_event_id',
  'circle',
  'prep_studied',
  'prep_give',
  'prep_reason',
  'snoozed_until',
];

/** The rare fields of someone who has any (RARE_COLUMNS). */
type Rare = Pick<RulePerson, 'introducerId' | 'originEventId' | 'circle' | 'prep' | 'snoozedUntil'>;

/**
 * Everyone (or these ids) as the coach reads them, in allPeople's order: six columns fewer and no
 * nicknames or tags, which no rule reads (a review reads 10,000 people on a large network). The
 * columns most people leave empty come apart, for those who have any of them: a column of 10,000
 * nulls cost SQLite and JSON.parse as much as one of names (test/db/people-rows.test.ts holds the
 * result to allPeople).
 */
export function rulePeople(db: Db, ids?: readonly number[]): RulePerson[] {
  const only = ids ? `p.id IN (${ids.map(Number).join(',') || 'NULL'})` : '';
  const rare = new Map<number, Rare>();
  for (const [
    id,
    introducerId,
    originEventId,
    circle,
    studied,
    give,
    reason,
    snoozedUntil,
  ] of jsonColumnPages<RareRow>(
    db,
    RARE_COLUMNS.map((c) => `p.${c}`),
    `FROM people p WHERE (${RARE_COLUMNS.slice(1)
      .map((c) => `p.${c} IS NOT NULL`)
      .join(' OR ')}) ${ids ? `AND ${only}` : ''} ORDER BY p.id`,
    PAGE,
  ))
    for (let i = 0; i < id.length; i++)
      rare.set(id[i]!, {
        introducerId: introducerId[i]!,
        originEventId: originEventId[i]!,
        circle: circle[i]!,
        prep:
          studied[i] === null && give[i] === null && reason[i] === null
            ? NO_PREP
            : { studied: studied[i]!, give: give[i]!, reason: reason[i]! },
        snoozedUntil: snoozedUntil[i]!,
      });
  const out: RulePerson[] = [];
  // A page at a time (a huge network's 100,000 people are never one text), as columns (db/stmt.ts
  // jsonColumns), each row by index.
  for (const [id, name, origin, met, every, birthday, ahead, chemistry, target] of jsonColumnPages<CommonRow>(
    db,
    COMMON_COLUMNS.map((c) => `p.${c}`),
    `FROM people p ${ids ? `WHERE ${only}` : ''} ORDER BY p.name COLLATE NOCASE, p.id`,
    PAGE,
  ))
    for (let i = 0; i < id.length; i++) {
      const r = rare.size === 0 ? undefined : rare.get(id[i]!);
      // One shape either way, in RulePerson's order.
      out.push({
        id: id[i]!,
        name: name[i]!,
        origin: origin[i] as Origin,
        introducerId: r === undefined ? null : r.introducerId,
        originEventId: r === undefined ? null : r.originEventId,
        met: met[i]!,
        every: every[i]!,
        circle: r === undefined ? null : r.circle,
        birthday: birthday[i]!,
        ahead: ahead[i] === 1,
        chemistry: chemistry[i] === 1,
        target: target[i] === 1,
        prep: r === undefined ? NO_PREP : r.prep,
        snoozedUntil: r === undefined ? null : r.snoozedUntil,
      });
    }
  return out;
}
