/**
 * What a person is working on (the needs table, migration 10) joins the search index: one text per
 * person at rowid `person_id * 16 + 13`, kept by triggers like the others (see 0006-search.ts).
 */
export const version = 11;
export const name = 'search-needs';

/** The needs rows the index should hold, computed from the table. */
export const NEEDS_ROWS = `SELECT n.person_id * 16 + 13 AS rowid, n.what AS text, n.person_id AS person_id, 'needs' AS type, n.noted_on AS date FROM needs n`;

const INSERT = 'INSERT INTO search_index (rowid, text, person_id, type, date)';

export const sql = `
CREATE TRIGGER search_needs_insert AFTER INSERT ON needs BEGIN
  ${INSERT} ${NEEDS_ROWS} WHERE n.person_id = NEW.person_id;
END;
CREATE TRIGGER search_needs_update AFTER UPDATE ON needs BEGIN
  DELETE FROM search_index WHERE rowid = OLD.person_id * 16 + 13;
  ${INSERT} ${NEEDS_ROWS} WHERE n.person_id = NEW.person_id;
END;
CREATE TRIGGER search_needs_delete AFTER DELETE ON needs BEGIN
  DELETE FROM search_index WHERE rowid = OLD.person_id * 16 + 13;
END;
${INSERT} ${NEEDS_ROWS};
`;
