/**
 * All-time aggregates per person, kept up to date by triggers, so a review reads one small row per
 * person instead of scanning years of history (see domain/aggregate.ts for what each column means).
 * Inserts update a row in place; updates and deletes recompute the people they touch.
 */
export const version = 3;
export const name = 'person-stats';

const key = (row: string) => `${row}.date || ' ' || printf('%012d', ${row}.id)`;

/** Recomputes one person's row from scratch; `who` is an SQL expression for their id. */
const recompute = (who: string) => `
  DELETE FROM person_stats WHERE person_id = ${who};
  INSERT INTO person_stats (person_id, gives, takes, first_give, last_give, last_take, last_take_what, last_ledger, last_touch, inbound)
  SELECT p.id,
    (SELECT count(*) FROM ledger l WHERE l.person_id = p.id AND l.direction = 'give'),
    (SELECT count(*) FROM ledger l WHERE l.person_id = p.id AND l.direction = 'take'),
    (SELECT min(${key('l')}) FROM ledger l WHERE l.person_id = p.id AND l.direction = 'give'),
    (SELECT max(l.date) FROM ledger l WHERE l.person_id = p.id AND l.direction = 'give'),
    (SELECT max(${key('l')}) FROM ledger l WHERE l.person_id = p.id AND l.direction = 'take'),
    (SELECT l.what FROM ledger l WHERE l.person_id = p.id AND l.direction = 'take' ORDER BY l.date DESC, l.id DESC LIMIT 1),
    (SELECT max(l.date) FROM ledger l WHERE l.person_id = p.id),
    (SELECT max(d) FROM (
       SELECT max(l.date) AS d FROM ledger l WHERE l.person_id = p.id
       UNION ALL SELECT max(t.date) FROM touches t WHERE t.person_id = p.id
       UNION ALL SELECT max(e.date) FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = p.id)),
    coalesce((SELECT max(t.inbound) FROM touches t WHERE t.person_id = p.id), 0)
  FROM people p WHERE p.id = ${who};`;

export const sql = `
CREATE TABLE person_stats (
  person_id   INTEGER PRIMARY KEY,
  gives       INTEGER NOT NULL DEFAULT 0,
  takes       INTEGER NOT NULL DEFAULT 0,
  first_give  TEXT,
  last_give   TEXT,
  last_take   TEXT,
  last_take_what TEXT,
  last_ledger TEXT,
  last_touch  TEXT,
  inbound     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TRIGGER person_stats_new_person AFTER INSERT ON people BEGIN
  INSERT OR IGNORE INTO person_stats (person_id) VALUES (NEW.id);
END;
CREATE TRIGGER person_stats_gone_person AFTER DELETE ON people BEGIN
  DELETE FROM person_stats WHERE person_id = OLD.id;
END;

CREATE TRIGGER person_stats_ledger_insert AFTER INSERT ON ledger BEGIN
  INSERT OR IGNORE INTO person_stats (person_id) VALUES (NEW.person_id);
  UPDATE person_stats SET
    gives = gives + (NEW.direction = 'give'),
    takes = takes + (NEW.direction = 'take'),
    first_give = CASE WHEN NEW.direction = 'give' AND (first_give IS NULL OR ${key('NEW')} < first_give)
                      THEN ${key('NEW')} ELSE first_give END,
    last_give = CASE WHEN NEW.direction = 'give' AND (last_give IS NULL OR NEW.date > last_give)
                     THEN NEW.date ELSE last_give END,
    last_take_what = CASE WHEN NEW.direction = 'take' AND (last_take IS NULL OR ${key('NEW')} > last_take)
                     THEN NEW.what ELSE last_take_what END,
    last_take = CASE WHEN NEW.direction = 'take' AND (last_take IS NULL OR ${key('NEW')} > last_take)
                     THEN ${key('NEW')} ELSE last_take END,
    last_ledger = CASE WHEN last_ledger IS NULL OR NEW.date > last_ledger THEN NEW.date ELSE last_ledger END,
    last_touch = CASE WHEN last_touch IS NULL OR NEW.date > last_touch THEN NEW.date ELSE last_touch END
  WHERE person_id = NEW.person_id;
END;
CREATE TRIGGER person_stats_ledger_update AFTER UPDATE ON ledger BEGIN
  ${recompute('OLD.person_id')}
  ${recompute('NEW.person_id')}
END;
CREATE TRIGGER person_stats_ledger_delete AFTER DELETE ON ledger BEGIN
  ${recompute('OLD.person_id')}
END;

CREATE TRIGGER person_stats_touch_insert AFTER INSERT ON touches BEGIN
  INSERT OR IGNORE INTO person_stats (person_id) VALUES (NEW.person_id);
  UPDATE person_stats SET
    last_touch = CASE WHEN last_touch IS NULL OR NEW.date > last_touch THEN NEW.date ELSE last_touch END,
    inbound = max(inbound, NEW.inbound)
  WHERE person_id = NEW.person_id;
END;
CREATE TRIGGER person_stats_touch_update AFTER UPDATE ON touches BEGIN
  ${recompute('OLD.person_id')}
  ${recompute('NEW.person_id')}
END;
CREATE TRIGGER person_stats_touch_delete AFTER DELETE ON touches BEGIN
  ${recompute('OLD.person_id')}
END;

CREATE TRIGGER person_stats_met_insert AFTER INSERT ON event_people BEGIN
  INSERT OR IGNORE INTO person_stats (person_id) VALUES (NEW.person_id);
  UPDATE person_stats SET last_touch = (
    SELECT CASE WHEN last_touch IS NULL OR e.date > last_touch THEN e.date ELSE last_touch END
    FROM events e WHERE e.id = NEW.event_id)
  WHERE person_id = NEW.person_id;
END;
CREATE TRIGGER person_stats_met_update AFTER UPDATE ON event_people BEGIN
  ${recompute('OLD.person_id')}
  ${recompute('NEW.person_id')}
END;
CREATE TRIGGER person_stats_met_delete AFTER DELETE ON event_people BEGIN
  ${recompute('OLD.person_id')}
END;

INSERT INTO person_stats (person_id) SELECT id FROM people;
UPDATE person_stats SET
  gives = (SELECT count(*) FROM ledger l WHERE l.person_id = person_stats.person_id AND l.direction = 'give'),
  takes = (SELECT count(*) FROM ledger l WHERE l.person_id = person_stats.person_id AND l.direction = 'take'),
  first_give = (SELECT min(${key('l')}) FROM ledger l WHERE l.person_id = person_stats.person_id AND l.direction = 'give'),
  last_give = (SELECT max(l.date) FROM ledger l WHERE l.person_id = person_stats.person_id AND l.direction = 'give'),
  last_take = (SELECT max(${key('l')}) FROM ledger l WHERE l.person_id = person_stats.person_id AND l.direction = 'take'),
  last_take_what = (SELECT l.what FROM ledger l WHERE l.person_id = person_stats.person_id AND l.direction = 'take'
                    ORDER BY l.date DESC, l.id DESC LIMIT 1),
  last_ledger = (SELECT max(l.date) FROM ledger l WHERE l.person_id = person_stats.person_id),
  last_touch = (SELECT max(d) FROM (
    SELECT max(l.date) AS d FROM ledger l WHERE l.person_id = person_stats.person_id
    UNION ALL SELECT max(t.date) FROM touches t WHERE t.person_id = person_stats.person_id
    UNION ALL SELECT max(e.date) FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = person_stats.person_id)),
  inbound = coalesce((SELECT max(t.inbound) FROM touches t WHERE t.person_id = person_stats.person_id), 0);
`;
