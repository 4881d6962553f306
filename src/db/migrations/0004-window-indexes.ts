/**
 * Covering indexes for reading a recent window of gives and takes without touching the table:
 * the review reads tens of thousands of rows from a ten-year network in one sequential scan.
 */
export const version = 4;
export const name = 'window-indexes';

export const sql = `
CREATE INDEX ledger_gives_window ON ledger(date, person_id, kind, id, event_id) WHERE direction = 'give';
CREATE INDEX ledger_takes_window ON ledger(date, person_id, kind, id, event_id, what) WHERE direction = 'take';
CREATE INDEX people_by_name ON people(name COLLATE NOCASE);
CREATE INDEX nicknames_by_nickname ON nicknames(nickname COLLATE NOCASE);
CREATE INDEX touches_inbound_window ON touches(date, person_id, id, note) WHERE inbound = 1;
`;
