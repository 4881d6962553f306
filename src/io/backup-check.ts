/**
 * A backup is checked whole before a single row is written: every table, every column, every value
 * in the form rel itself writes (dates, kinds, flags, ids that point at rows in the backup, profile
 * values as JSON of the right shape). The first bad field is named by its path, e.g.
 * `tables.people[3].met_on`. A hand-edited backup that passes can no longer break later commands.
 */
import { DataError } from '../errors.js';
import { CIRCLES } from '../domain/cadence.js';
import { formatCadence, isDay, parseBirthday, parseCadence } from '../domain/dates.js';
import { cleanName } from '../domain/names.js';
import { EVENT_KINDS, FIELDS, LEDGER_KINDS, ORIGINS, PURPOSES, TOUCH_KINDS } from '../domain/vocab.js';
import { LATEST_VERSION } from '../db/migrations/index.js';
import { TABLES, type Row, type TableName } from '../db/repos/backup.js';
import { MAX_TEXT } from '../domain/limits.js';
import type { BackupFieldProblem, BackupProblem } from '../i18n/en/problems.js';

class Bad extends Error {
  constructor(
    readonly at: string,
    readonly problem: BackupFieldProblem,
    readonly valid: readonly string[] = [],
  ) {
    super(problem);
  }
}

type Check = (v: unknown, at: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text =
  (max = MAX_TEXT): Check =>
  (v, at) => {
    if (typeof v !== 'string' || v === '') throw new Bad(at, 'text');
    if (v.length > max) throw new Bad(at, 'tooLong', [String(max)]);
  };
const name: Check = (v, at) => {
  if (typeof v !== 'string' || v === '' || cleanName(v) !== v || v.length > 200) throw new Bad(at, 'name');
};
const id: Check = (v, at) => {
  if (!Number.isSafeInteger(v) || (v as number) < 1) throw new Bad(at, 'id');
};
const number: Check = (v, at) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1e12) throw new Bad(at, 'number');
};
const flag: Check = (v, at) => {
  if (v !== 0 && v !== 1) throw new Bad(at, 'flag');
};
const day: Check = (v, at) => {
  if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(v) || !isDay(v)) throw new Bad(at, 'day');
};
const birthday: Check = (v, at) => {
  if (typeof v !== 'string' || parseBirthday(v) !== v) throw new Bad(at, 'birthday');
};
const cadence: Check = (v, at) => {
  const c = typeof v === 'string' ? parseCadence(v) : undefined;
  if (!c || formatCadence(c) !== v) throw new Bad(at, 'cadence');
};
const timestamp: Check = (v, at) => {
  if (
    typeof v !== 'string' ||
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(v) ||
    Number.isNaN(Date.parse(v)) ||
    !isDay(v.slice(0, 10))
  )
    throw new Bad(at, 'timestamp');
};
const oneOf =
  (valid: readonly string[]): Check =>
  (v, at) => {
    if (typeof v !== 'string' || !valid.includes(v)) throw new Bad(at, 'oneOf', valid);
  };
const nullable =
  (c: Check): Check =>
  (v, at) => {
    if (v !== null && v !== undefined) c(v, at);
  };

/** What each column holds; a column not nullable here must be present. */
const COLUMNS: { [T in TableName]: Record<(typeof TABLES)[T][number], Check> } = {
  people: {
    id,
    name,
    origin: oneOf(ORIGINS),
    introducer_id: nullable(id),
    origin_event_id: nullable(id),
    note: nullable(text()),
    org: nullable(text()),
    met_on: nullable(day),
    cadence: nullable(cadence),
    circle: nullable(oneOf(CIRCLES)),
    birthday: nullable(birthday),
    ahead: flag,
    chemistry: flag,
    target: flag,
    prep_studied: nullable(text()),
    prep_give: nullable(text()),
    prep_reason: nullable(text()),
    snoozed_until: nullable(day),
    reading: nullable(text(200)),
    place: nullable(text()),
    created_at: timestamp,
  },
  nicknames: { person_id: id, nickname: text(100) },
  tags: { person_id: id, tag: text(100) },
  contact_points: { person_id: id, kind: oneOf(['email', 'phone']), value: text() },
  events: {
    id,
    name: text(200),
    kind: oneOf(EVENT_KINDS),
    purpose: nullable(oneOf(PURPOSES)),
    date: day,
    cost: number,
    hours: number,
    for_person_id: nullable(id),
    created_at: timestamp,
  },
  event_people: { event_id: id, person_id: id },
  ledger: {
    id,
    person_id: id,
    direction: oneOf(['give', 'take']),
    kind: oneOf(LEDGER_KINDS),
    what: text(),
    date: day,
    event_id: nullable(id),
    // Added later: a backup written before it has no such column (read as 0).
    offered: nullable(flag),
    created_at: timestamp,
  },
  touches: {
    id,
    person_id: id,
    date: day,
    note: nullable(text()),
    inbound: flag,
    created_at: timestamp,
    kind: nullable(oneOf(TOUCH_KINDS)),
  },
  intros: { id, introducer_id: id, person_id: id, date: day, created_at: timestamp },
  profile: { key: text(100), value: text(100_000) },
  needs: { person_id: id, what: text(), noted_on: day },
  important_dates: { id, person_id: id, label: text(200), on_date: day, yearly: flag, created_at: timestamp },
};

const NULLABLE = (c: Check) => {
  try {
    c(null, '');
    return true;
  } catch {
    return false;
  }
};

const list = (v: unknown) =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length <= MAX_TEXT);

/** Each profile key and the shape of its JSON value. */
const PROFILE: Record<string, (v: unknown) => boolean> = {
  goal: (v) => typeof v === 'string' && v.length <= MAX_TEXT,
  lookingFor: (v) => typeof v === 'string' && v.length <= MAX_TEXT,
  canGive: list,
  field: (v) => typeof v === 'string' && (FIELDS as readonly string[]).includes(v),
  lang: (v) => v === 'en' || v === 'ja',
  onboardedOn: (v) => typeof v === 'string' && isDay(v),
  habits: (v) =>
    isObject(v) &&
    Object.keys(v).every((k) => k === 'mixersPerMonth' || k === 'mostFrom') &&
    (v.mixersPerMonth === undefined || (typeof v.mixersPerMonth === 'number' && v.mixersPerMonth >= 0)) &&
    (v.mostFrom === undefined || typeof v.mostFrom === 'string'),
};

/** Primary keys and references: what must be unique, and what must point at a row in the backup. */
const KEYS: Record<TableName, readonly string[]> = {
  people: ['id'],
  nicknames: ['person_id', 'nickname'],
  tags: ['person_id', 'tag'],
  contact_points: ['person_id', 'kind', 'value'],
  events: ['id'],
  event_people: ['event_id', 'person_id'],
  ledger: ['id'],
  touches: ['id'],
  intros: ['id'],
  profile: ['key'],
  needs: ['person_id'],
  important_dates: ['id'],
};
const PERSON_REFS = ['person_id', 'introducer_id', 'for_person_id'];
const EVENT_REFS = ['event_id', 'origin_event_id'];

export interface CheckedBackup {
  rel: 'backup';
  version: 1;
  schema: number;
  exported: string;
  tables: Record<TableName, Row[]>;
}

/** Shape problems the catalogues already word (main's backupBad): thrown as they are. */
class Shape extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.code);
  }
}

function check(o: unknown): CheckedBackup {
  if (!isObject(o) || o.rel !== 'backup') throw new Shape({ code: 'notBackup' });
  if (o.version !== 1) throw new Shape({ code: 'version', version: String(o.version) });
  if (!isObject(o.tables)) throw new Shape({ code: 'noTables' });
  for (const t of Object.keys(o.tables)) if (!(t in TABLES)) throw new Bad(`tables.${t}`, 'unknown');
  // The shape first (lists of objects with known columns), then every value.
  for (const t of Object.keys(TABLES) as TableName[]) {
    const rows = o.tables[t] ?? [];
    if (!Array.isArray(rows)) throw new Shape({ code: 'notList', table: t });
    const cols = COLUMNS[t] as Record<string, Check>;
    rows.forEach((r: unknown, i) => {
      const at = `tables.${t}[${i}]`;
      if (!isObject(r)) throw new Shape({ code: 'notObject', at });
      for (const k of Object.keys(r))
        if (!(k in cols)) throw new Shape({ code: 'unknownColumn', at, column: k });
    });
  }
  if (!Number.isSafeInteger(o.schema) || (o.schema as number) < 1 || (o.schema as number) > LATEST_VERSION)
    throw new Bad('schema', 'schema', [String(LATEST_VERSION)]);
  day(o.exported, 'exported');
  const tables = {} as Record<TableName, Row[]>;
  for (const t of Object.keys(TABLES) as TableName[]) {
    const rows = (o.tables[t] ?? []) as Record<string, unknown>[];
    const cols = COLUMNS[t] as Record<string, Check>;
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const at = `tables.${t}[${i}]`;
      for (const [k, c] of Object.entries(cols)) {
        if (!(k in r) && !NULLABLE(c)) throw new Bad(`${at}.${k}`, 'missing');
        c(r[k], `${at}.${k}`);
      }
      const key = JSON.stringify(KEYS[t].map((k) => r[k]));
      if (seen.has(key)) throw new Bad(`${at}.${KEYS[t].join('+')}`, 'duplicate');
      seen.add(key);
      if (t === 'profile') {
        const test = PROFILE[r.key as string];
        if (!test) throw new Bad(`${at}.key`, 'oneOf', Object.keys(PROFILE));
        let value: unknown;
        try {
          value = JSON.parse(r.value as string);
        } catch {
          throw new Bad(`${at}.value`, 'json');
        }
        if (!test(value)) throw new Bad(`${at}.value`, 'json');
      }
    });
    tables[t] = rows as Row[];
  }
  const people = new Set(tables.people.map((p) => p.id));
  const events = new Set(tables.events.map((e) => e.id));
  for (const t of Object.keys(TABLES) as TableName[]) {
    tables[t].forEach((r, i) => {
      for (const k of PERSON_REFS)
        if (r[k] !== null && r[k] !== undefined && !people.has(r[k]))
          throw new Bad(`tables.${t}[${i}].${k}`, 'person');
      for (const k of EVENT_REFS)
        if (r[k] !== null && r[k] !== undefined && !events.has(r[k]))
          throw new Bad(`tables.${t}[${i}].${k}`, 'event');
    });
  }
  return { rel: 'backup', version: 1, schema: o.schema as number, exported: o.exported as string, tables };
}

/** The backup, checked whole; or a DataError naming the first bad field by its path. */
export function checkBackup(raw: unknown, path: string): CheckedBackup {
  try {
    return check(raw);
  } catch (e) {
    if (e instanceof Shape) throw new DataError('backupBad', { path, problem: e.problem });
    if (e instanceof Bad)
      throw new DataError('backupField', { path, at: e.at, problem: e.problem, valid: e.valid });
    throw e;
  }
}
