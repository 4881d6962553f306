/**
 * Contact details for imports and matching (emails, phones, organisation) and the keep-in-touch
 * circle a person is placed in.
 */
export const version = 2;
export const name = 'contact-details';

export const sql = `
ALTER TABLE people ADD COLUMN org TEXT;
ALTER TABLE people ADD COLUMN circle TEXT;

CREATE TABLE contact_points (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
  value     TEXT NOT NULL,
  PRIMARY KEY (person_id, kind, value)
) STRICT, WITHOUT ROWID;
CREATE INDEX contact_points_by_value ON contact_points(kind, value);
`;
