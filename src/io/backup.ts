/** The JSON backup: every row of every table, with ids and timestamps, so nothing is lost. */
import { getNeed, setNeed } from '../db/repos/needs.js';
import type { Db } from '../db/open.js';
import {
  deferForeignKeys,
  fillProfile,
  findEventId,
  hasDate,
  hasSame,
  insertFresh,
  insertRows,
  linkPerson,
  readTable,
  TABLES,
  type Row,
  type TableName,
} from '../db/repos/backup.js';
import { addEventPerson } from '../db/repos/events.js';
import { LATEST_VERSION } from '../db/migrations/index.js';
import { emptyImported, type ImportedPerson } from './types.js';
import { applyImported, PersonIndex } from './match.js';
import type { Origin } from '../domain/vocab.js';

/** The JSON backup's shape (checked whole by io/backup-check.ts before it is restored). */
export type { CheckedBackup as Backup } from './backup-check.js';
import type { CheckedBackup as Backup } from './backup-check.js';

export function makeBackup(db: Db, today: string): Backup {
  const tables = Object.fromEntries(
    (Object.keys(TABLES) as TableName[]).map((t) => [t, readTable(db, t)]),
  ) as Record<TableName, Row[]>;
  return { rel: 'backup', version: 1, schema: LATEST_VERSION, exported: today, tables };
}

export interface BackupImport {
  added: string[];
  merged: { name: string; into: string; by: string }[];
  /** People already there with nothing new to take from the backup. */
  unchanged: number;
  records: number;
}

/** Into an empty db: every row as it was. Into one with data: people matched and merged, the rest added. */
export function restoreBackup(db: Db, b: Backup, stamp: string, exact: boolean): BackupImport {
  const rows = (t: TableName) => b.tables[t] ?? [];
  const count = (Object.keys(TABLES) as TableName[]).reduce((n, t) => n + rows(t).length, 0);
  deferForeignKeys(db);
  if (exact) {
    for (const t of Object.keys(TABLES) as TableName[]) insertRows(db, t, rows(t));
    return { added: rows('people').map((p) => String(p.name)), merged: [], unchanged: 0, records: count };
  }
  const index = new PersonIndex(db);
  const ids = new Map<number, number>();
  const out: BackupImport = { added: [], merged: [], unchanged: 0, records: count };
  // Each table grouped by person once: filtering them per person made a large restore quadratic.
  const byPerson = (t: 'nicknames' | 'tags' | 'contact_points') => {
    const m = new Map<unknown, Row[]>();
    for (const r of rows(t)) {
      const list = m.get(r.person_id);
      if (list) list.push(r);
      else m.set(r.person_id, [r]);
    }
    return (id: unknown) => m.get(id) ?? [];
  };
  const [nicks, tagsOf, points] = [byPerson('nicknames'), byPerson('tags'), byPerson('contact_points')];
  const of = (t: 'nicknames' | 'tags', id: unknown, col: string) =>
    (t === 'nicknames' ? nicks : tagsOf)(id).map((r) => String(r[col]));
  const contacts = (id: unknown, kind: string) =>
    points(id)
      .filter((r) => r.kind === kind)
      .map((r) => String(r.value));
  for (const p of rows('people')) {
    const imported: ImportedPerson = {
      ...emptyImported(String(p.name), String(p.name)),
      nicknames: of('nicknames', p.id, 'nickname'),
      tags: of('tags', p.id, 'tag'),
      emails: contacts(p.id, 'email'),
      phones: contacts(p.id, 'phone'),
      org: (p.org as string) ?? null,
      reading: (p.reading as string) ?? null,
      place: (p.place as string) ?? null,
      birthday: (p.birthday as string) ?? null,
      note: (p.note as string) ?? null,
      met: (p.met_on as string) ?? null,
      origin: p.origin as Origin,
    };
    const hit = index.find(imported);
    if (hit) {
      const r = applyImported(db, imported, index, stamp);
      ids.set(Number(p.id), r.id);
      if (r.action === 'merged') out.merged.push({ name: r.name, into: r.into, by: r.by });
      else if (r.action !== 'added') out.unchanged++;
      continue;
    }
    const id = insertFresh(db, 'people', { ...p, introducer_id: null, origin_event_id: null });
    ids.set(Number(p.id), id);
    insertRows(
      db,
      'nicknames',
      imported.nicknames.map((nickname) => ({ person_id: id, nickname })),
    );
    insertRows(
      db,
      'tags',
      imported.tags.map((tag) => ({ person_id: id, tag })),
    );
    insertRows(
      db,
      'contact_points',
      points(p.id).map((r) => ({ ...r, person_id: id })),
    );
    index.add(id, imported.name, imported.emails, imported.phones);
    out.added.push(imported.name);
  }
  const pid = (v: unknown) => (v === null || v === undefined ? null : (ids.get(Number(v)) ?? null));
  const eventIds = new Map<number, number>();
  for (const e of rows('events')) {
    eventIds.set(
      Number(e.id),
      findEventId(db, e) ?? insertFresh(db, 'events', { ...e, for_person_id: pid(e.for_person_id) }),
    );
  }
  const eid = (v: unknown) => (v === null || v === undefined ? null : (eventIds.get(Number(v)) ?? null));
  for (const ep of rows('event_people')) {
    const [e, person] = [eid(ep.event_id), pid(ep.person_id)];
    if (e !== null && person !== null) addEventPerson(db, e, person);
  }
  for (const l of rows('ledger')) {
    const r = { ...l, person_id: pid(l.person_id), event_id: eid(l.event_id) };
    if (!hasSame(db, 'ledger', r)) insertFresh(db, 'ledger', r);
  }
  for (const t of rows('touches')) {
    const r = { ...t, person_id: pid(t.person_id) };
    if (!hasSame(db, 'touches', r)) insertFresh(db, 'touches', r);
  }
  for (const i of rows('intros')) {
    const r = { ...i, introducer_id: pid(i.introducer_id), person_id: pid(i.person_id) };
    if (r.introducer_id !== r.person_id && !hasSame(db, 'intros', r)) insertFresh(db, 'intros', r);
  }
  for (const d of rows('important_dates')) {
    const person = pid(d.person_id);
    if (person !== null && !hasDate(db, person, String(d.label)))
      insertRows(db, 'important_dates', [{ ...d, id: null, person_id: person }]);
  }
  for (const p of rows('people'))
    linkPerson(db, ids.get(Number(p.id))!, pid(p.introducer_id), eid(p.origin_event_id));
  fillProfile(db, rows('profile'));
  // A need noted on this device stays; one only in the backup comes in.
  for (const n of rows('needs')) {
    const id = pid(n.person_id);
    if (id !== null && getNeed(db, id) === null)
      setNeed(db, id, { what: String(n.what), on: String(n.noted_on) });
  }
  return out;
}
