/**
 * What `rel sync` copies between devices: one line per table. To sync a new column, add its name
 * to `cols`; to sync a new table, add a line (parents before the tables that point at them).
 * Nothing else changes: change capture, the file format and applying all read this registry.
 */
export type SyncedName = keyof typeof SYNCED;
type TableRef = 'people' | 'events';

export interface Ref {
  /** The synced table it points at (a key of SYNCED). */
  to: TableRef;
  /** The row cannot exist without its parent (ON DELETE CASCADE); otherwise the link is optional. */
  own?: true;
}

export interface SyncedTable {
  /**
   * ['id'] for tables whose rows have their own numeric id (each row gets a random uid); otherwise
   * the columns that together are the row (a tag, a nickname: the same on every device by content).
   */
  key: readonly string[];
  /** Columns copied between devices, besides the numeric id (key columns of set tables included). */
  cols: readonly string[];
  /** Columns that hold another synced row's id: written to the files as that row's uid. */
  refs?: Readonly<Record<string, Ref>>;
  /** A device joining with its own copy (restored backup, earlier export/import): same record when these match. */
  match?: readonly string[];
}

const own = (to: TableRef): Ref => ({ to, own: true });
const link = (to: TableRef): Ref => ({ to });

// prettier-ignore
export const SYNCED = {
  people: { key: ['id'], cols: ['name', 'origin', 'introducer_id', 'origin_event_id', 'note', 'org', 'met_on', 'cadence', 'circle', 'birthday', 'ahead', 'chemistry', 'target', 'prep_studied', 'prep_give', 'prep_reason', 'snoozed_until', 'created_at', 'reading', 'place'], refs: { introducer_id: link('people'), origin_event_id: link('events') }, match: ['name', 'created_at'] },
  events: { key: ['id'], cols: ['name', 'kind', 'purpose', 'date', 'cost', 'hours', 'for_person_id', 'created_at'], refs: { for_person_id: link('people') }, match: ['name', 'kind', 'date', 'created_at'] },
  ledger: { key: ['id'], cols: ['person_id', 'direction', 'kind', 'what', 'date', 'event_id', 'created_at', 'offered'], refs: { person_id: own('people'), event_id: link('events') } },
  touches: { key: ['id'], cols: ['person_id', 'date', 'note', 'inbound', 'created_at', 'kind'], refs: { person_id: own('people') } },
  intros: { key: ['id'], cols: ['introducer_id', 'person_id', 'date', 'created_at'], refs: { introducer_id: own('people'), person_id: own('people') } },
  nicknames: { key: ['person_id', 'nickname'], cols: ['person_id', 'nickname'], refs: { person_id: own('people') } },
  tags: { key: ['person_id', 'tag'], cols: ['person_id', 'tag'], refs: { person_id: own('people') } },
  contact_points: { key: ['person_id', 'kind', 'value'], cols: ['person_id', 'kind', 'value'], refs: { person_id: own('people') } },
  event_people: { key: ['event_id', 'person_id'], cols: ['event_id', 'person_id'], refs: { event_id: own('events'), person_id: own('people') } },
  profile: { key: ['key'], cols: ['key', 'value'] },
  needs: { key: ['person_id'], cols: ['person_id', 'what', 'noted_on'], refs: { person_id: own('people') } },
  important_dates: { key: ['id'], cols: ['person_id', 'label', 'on_date', 'yearly', 'created_at'], refs: { person_id: own('people') } },
} as const satisfies Record<string, SyncedTable>;

export const TABLE_NAMES = Object.keys(SYNCED) as SyncedName[];

export const tableOf = (name: SyncedName): SyncedTable => SYNCED[name];

/** Rows with their own numeric id (and a random uid), as opposed to set rows known by content. */
export const hasId = (t: SyncedTable): boolean => t.key.length === 1 && t.key[0] === 'id';
