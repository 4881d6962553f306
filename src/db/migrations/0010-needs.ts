/**
 * What a person is working on or needs now (`rel edit aiko --needs "course launch 1 Dec"`), dated
 * when you noted it, so give ideas can be about them rather than generic.
 */
export const version = 10;
export const name = 'needs';

export const sql = `
CREATE TABLE needs (
  person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  what      TEXT NOT NULL CHECK (length(what) > 0),
  noted_on  TEXT NOT NULL
) STRICT;
`;
