/** The first schema: people, the give/take ledger, touches, events, introductions, the profile. */
export const version = 1;
export const name = 'initial';

export const sql = `
CREATE TABLE people (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(name) > 0),
  origin          TEXT NOT NULL DEFAULT 'other',
  introducer_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
  origin_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
  note            TEXT,
  met_on          TEXT,
  cadence         TEXT,
  birthday        TEXT,
  ahead           INTEGER NOT NULL DEFAULT 0 CHECK (ahead IN (0, 1)),
  chemistry       INTEGER NOT NULL DEFAULT 1 CHECK (chemistry IN (0, 1)),
  target          INTEGER NOT NULL DEFAULT 0 CHECK (target IN (0, 1)),
  prep_studied    TEXT,
  prep_give       TEXT,
  prep_reason     TEXT,
  snoozed_until   TEXT,
  created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE nicknames (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  nickname  TEXT NOT NULL,
  PRIMARY KEY (person_id, nickname)
) STRICT, WITHOUT ROWID;

CREATE TABLE tags (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  tag       TEXT NOT NULL,
  PRIMARY KEY (person_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX tags_by_tag ON tags(tag);

CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL,
  purpose       TEXT,
  date          TEXT NOT NULL,
  cost          REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),
  hours         REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
  for_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX events_by_date ON events(date);

CREATE TABLE event_people (
  event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_people_by_person ON event_people(person_id);

CREATE TABLE ledger (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  direction  TEXT NOT NULL CHECK (direction IN ('give', 'take')),
  kind       TEXT NOT NULL,
  what       TEXT NOT NULL,
  date       TEXT NOT NULL,
  event_id   INTEGER REFERENCES events(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_by_person ON ledger(person_id, date);
CREATE INDEX ledger_by_date ON ledger(date);

CREATE TABLE touches (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  date       TEXT NOT NULL,
  note       TEXT,
  inbound    INTEGER NOT NULL DEFAULT 0 CHECK (inbound IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX touches_by_person ON touches(person_id, date);

CREATE TABLE intros (
  id            INTEGER PRIMARY KEY,
  introducer_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  date          TEXT NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX intros_by_introducer ON intros(introducer_id, date);

CREATE TABLE profile (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;
