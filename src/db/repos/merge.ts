import type { Db } from '../open.js';
import { prep } from '../stmt.js';

/** Moves everything recorded with `drop` onto `keep`, then deletes `drop`. Run inside a transaction. */
export function moveHistory(db: Db, keep: number, drop: number): void {
  const p = { keep, drop };
  prep(db, 'UPDATE ledger SET person_id = @keep WHERE person_id = @drop').run(p);
  prep(db, 'UPDATE touches SET person_id = @keep WHERE person_id = @drop').run(p);
  prep(
    db,
    'INSERT OR IGNORE INTO event_people (event_id, person_id) SELECT event_id, @keep FROM event_people WHERE person_id = @drop',
  ).run(p);
  prep(db, 'UPDATE events SET for_person_id = @keep WHERE for_person_id = @drop').run(p);
  prep(db, 'UPDATE intros SET introducer_id = @keep WHERE introducer_id = @drop').run(p);
  prep(db, 'UPDATE intros SET person_id = @keep WHERE person_id = @drop').run(p);
  prep(db, 'DELETE FROM intros WHERE introducer_id = person_id').run();
  prep(db, 'UPDATE people SET introducer_id = @keep WHERE introducer_id = @drop').run(p);
  prep(db, 'UPDATE people SET introducer_id = NULL WHERE id = @keep AND introducer_id = @keep').run(p);
  prep(
    db,
    'INSERT OR IGNORE INTO nicknames (person_id, nickname) SELECT @keep, nickname FROM nicknames WHERE person_id = @drop',
  ).run(p);
  prep(
    db,
    'INSERT OR IGNORE INTO tags (person_id, tag) SELECT @keep, tag FROM tags WHERE person_id = @drop',
  ).run(p);
  prep(
    db,
    'INSERT OR IGNORE INTO contact_points (person_id, kind, value) SELECT @keep, kind, value FROM contact_points WHERE person_id = @drop',
  ).run(p);
  prep(
    db,
    'INSERT OR IGNORE INTO needs (person_id, what, noted_on) SELECT @keep, what, noted_on FROM needs WHERE person_id = @drop',
  ).run(p);
  // Their dates come along, except a label the kept person already has (theirs stays).
  prep(
    db,
    'UPDATE important_dates SET person_id = @keep WHERE person_id = @drop AND NOT EXISTS (SELECT 1 FROM important_dates k WHERE k.person_id = @keep AND k.label = important_dates.label COLLATE NOCASE)',
  ).run(p);
  // So rel sync merges on every device (the table exists once migration 0008 has run).
  if (prep(db, "SELECT 1 FROM sqlite_master WHERE name = 'sync_merges'").get())
    prep(db, 'INSERT INTO sync_merges (from_id, into_id) VALUES (@drop, @keep)').run(p);
  prep(db, 'DELETE FROM people WHERE id = @drop').run(p);
}
