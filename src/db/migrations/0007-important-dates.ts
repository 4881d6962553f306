import type { Database } from 'better-sqlite3';

/**
 * Important dates beside birthdays: an exam, a launch, a wedding anniversary. One label per person
 * (case-insensitive); a yearly date comes round every year on its month and day.
 */
export const version = 7;
export const name = 'important-dates';

export const sql = `
CREATE TABLE IF NOT EXISTS important_dates (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  label      TEXT NOT NULL CHECK (length(label) > 0),
  on_date    TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  yearly     INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX IF NOT EXISTS important_dates_by_person ON important_dates(person_id, label COLLATE NOCASE);
`;

/** A db already past version 7 (made before this migration was merged) may still lack the table. */
export const applied = (db: Database): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'important_dates'").get() !==
  undefined;
