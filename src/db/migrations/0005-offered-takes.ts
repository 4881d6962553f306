/**
 * A take can be offered: they gave it unasked (RULES.md: an offered take is never an ask). The
 * window index of takes carries the flag, and a small partial index finds the takes that are not
 * asks (offered, or a sale) so the rules can tell asks from the rest across all time.
 */
export const version = 5;
export const name = 'offered-takes';

export const sql = `
ALTER TABLE ledger ADD COLUMN offered INTEGER NOT NULL DEFAULT 0 CHECK (offered IN (0, 1));
DROP INDEX ledger_takes_window;
CREATE INDEX ledger_takes_window ON ledger(date, person_id, kind, id, event_id, what, offered) WHERE direction = 'take';
CREATE INDEX ledger_not_asks ON ledger(person_id, kind, offered) WHERE direction = 'take' AND (kind = 'sale' OR offered = 1);
`;
