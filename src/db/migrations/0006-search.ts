/**
 * Everyday use: a reading and a place per person, a kind per touch, and a full-text index over
 * everything written about people (FTS5, trigram tokenizer: finds 勉強会 inside 月例の勉強会で).
 *
 * The index is kept in step by triggers, so every writer (add, edit, merge, import, restore) keeps
 * it right without knowing it exists. Each indexed text has a fixed rowid, `id * 16 + code`, so a
 * trigger replaces exactly its own row through the rowid instead of scanning the index:
 *   people: 0 name, 1 nicknames, 2 reading, 3 note, 4 org, 5 where (place), 6 prep, 7 tags, 8 emails, 9 phones
 *   ledger 10, touches 11, events 12 (keyed by their own ids).
 * `person_id` and `date` are stored for records; a person's own texts take their met date at query
 * time. SEARCH_ROWS is the same index computed from scratch: the migration fills it from that, and
 * a test compares the trigger-kept index with it.
 */
export const version = 6;
export const name = 'search';

/** The person texts: code, type and the SQL expression of their text (over the alias `p`). */
const PERSON_TEXTS: readonly [number, string, string][] = [
  [0, 'name', 'p.name'],
  [2, 'reading', 'p.reading'],
  [3, 'note', 'p.note'],
  [4, 'org', 'p.org'],
  [5, 'where', 'p.place'],
  [6, 'prep', "nullif(concat_ws(' / ', p.prep_studied, p.prep_give, p.prep_reason), '')"],
];

/** The texts collected from a child table: code, type, SQL of the joined text for person `who`. */
const LISTS: readonly {
  code: number;
  type: string;
  table: string;
  sql: (who: string) => string;
  /** Only rows of this contact kind concern it. */
  kind?: string;
}[] = [
  {
    code: 1,
    type: 'nickname',
    table: 'nicknames',
    sql: (who) => `(SELECT group_concat(nickname, ' / ') FROM nicknames WHERE person_id = ${who})`,
  },
  {
    code: 7,
    type: 'tag',
    table: 'tags',
    sql: (who) => `(SELECT group_concat(tag, ' / ') FROM tags WHERE person_id = ${who})`,
  },
  {
    code: 8,
    type: 'email',
    table: 'contact_points',
    kind: 'email',
    sql: (who) =>
      `(SELECT group_concat(value, ' / ') FROM contact_points WHERE person_id = ${who} AND kind = 'email')`,
  },
  {
    code: 9,
    type: 'phone',
    table: 'contact_points',
    kind: 'phone',
    sql: (who) =>
      `(SELECT group_concat(value, ' / ') FROM contact_points WHERE person_id = ${who} AND kind = 'phone')`,
  },
];

const personRows = (where: string) =>
  PERSON_TEXTS.map(
    ([code, type, text]) =>
      `SELECT p.id * 16 + ${code} AS rowid, ${text} AS text, p.id AS person_id, '${type}' AS type, NULL AS date
       FROM people p WHERE ${where} AND coalesce(${text}, '') <> ''`,
  );

const listRows = (l: (typeof LISTS)[number], where: string) =>
  `SELECT p.id * 16 + ${l.code}, ${l.sql('p.id')}, p.id, '${l.type}', NULL FROM people p
   WHERE ${where} AND ${l.sql('p.id')} IS NOT NULL`;

const ledgerRows = (where: string) =>
  `SELECT l.id * 16 + 10, l.what, l.person_id, l.direction, l.date FROM ledger l WHERE ${where}`;
const touchRows = (where: string) =>
  `SELECT t.id * 16 + 11, t.note, t.person_id, 'touch', t.date FROM touches t
   WHERE ${where} AND coalesce(t.note, '') <> ''`;
const eventRows = (where: string) =>
  `SELECT e.id * 16 + 12, e.name, e.for_person_id, 'event', e.date FROM events e WHERE ${where}`;

/** Every row the index should hold, computed from the tables (ordered by rowid). */
export const SEARCH_ROWS = `SELECT * FROM (
  ${[
    ...personRows('1'),
    ...LISTS.map((l) => listRows(l, '1')),
    ledgerRows('1'),
    touchRows('1'),
    eventRows('1'),
  ].join('\n  UNION ALL ')}
) ORDER BY rowid`;

const INSERT = 'INSERT INTO search_index (rowid, text, person_id, type, date)';

const personCodes = PERSON_TEXTS.map(([c]) => c);
const deletePersonTexts = (who: string, codes: readonly number[]) =>
  `DELETE FROM search_index WHERE rowid IN (${codes.map((c) => `${who} * 16 + ${c}`).join(', ')});`;

/** Recomputes one person's joined list row (nicknames, tags, emails or phones). */
const refreshList = (l: (typeof LISTS)[number], who: string) => `
  DELETE FROM search_index WHERE rowid = ${who} * 16 + ${l.code};
  ${INSERT} ${listRows(l, `p.id = ${who}`)};`;

const when = (l: (typeof LISTS)[number], row: string) => (l.kind ? `WHEN ${row}.kind = '${l.kind}'` : '');
const listTriggers = LISTS.map(
  (l) => `
CREATE TRIGGER search_${l.type}_insert AFTER INSERT ON ${l.table} ${when(l, 'NEW')} BEGIN
  ${refreshList(l, 'NEW.person_id')}
END;
CREATE TRIGGER search_${l.type}_delete AFTER DELETE ON ${l.table} ${when(l, 'OLD')} BEGIN
  ${refreshList(l, 'OLD.person_id')}
END;
CREATE TRIGGER search_${l.type}_update AFTER UPDATE ON ${l.table} BEGIN
  ${refreshList(l, 'OLD.person_id')} ${refreshList(l, 'NEW.person_id')}
END;`,
).join('\n');

/** A record table: insert adds its row, update replaces it, delete removes it. */
const recordTriggers = (table: string, code: number, rows: (where: string) => string, alias: string) => `
CREATE TRIGGER search_${table}_insert AFTER INSERT ON ${table} BEGIN
  ${INSERT} ${rows(`${alias}.id = NEW.id`)};
END;
CREATE TRIGGER search_${table}_update AFTER UPDATE ON ${table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + ${code};
  ${INSERT} ${rows(`${alias}.id = NEW.id`)};
END;
CREATE TRIGGER search_${table}_delete AFTER DELETE ON ${table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + ${code};
END;`;

export const sql = `
ALTER TABLE people ADD COLUMN reading TEXT;
ALTER TABLE people ADD COLUMN place TEXT;
ALTER TABLE touches ADD COLUMN kind TEXT;

CREATE VIRTUAL TABLE search_index USING fts5(
  text, person_id UNINDEXED, type UNINDEXED, date UNINDEXED,
  tokenize = 'trigram case_sensitive 0 remove_diacritics 1'
);

CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
  ${INSERT} ${personRows('p.id = NEW.id').join(' UNION ALL ')};
END;
CREATE TRIGGER search_people_update
AFTER UPDATE OF name, reading, note, org, place, prep_studied, prep_give, prep_reason ON people BEGIN
  ${deletePersonTexts('OLD.id', personCodes)}
  ${INSERT} ${personRows('p.id = NEW.id').join(' UNION ALL ')};
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
  ${deletePersonTexts('OLD.id', [...personCodes, ...LISTS.map((l) => l.code)])}
END;
${listTriggers}
${recordTriggers('ledger', 10, ledgerRows, 'l')}
${recordTriggers('touches', 11, touchRows, 't')}
${recordTriggers('events', 12, eventRows, 'e')}

${INSERT} ${SEARCH_ROWS};
`;
