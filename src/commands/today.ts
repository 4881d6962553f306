/** `rel today`: the daily digest: who to reconnect with, birthdays, and the one finding that matters most. */
import { todayFocus } from '../coach/index.js';
import { lastActivityFor } from '../db/repos/stats.js';
import { loadSnapshot } from '../db/snapshot.js';
import type { Finding } from '../domain/finding.js';
import { Network } from '../domain/network.js';
import { dueReminders, upcomingBirthdays, type BirthdayItem, type DueItem } from '../domain/reminders.js';
import type { Deps } from './deps.js';

export interface TodayResult {
  due: DueItem[];
  birthdays: BirthdayItem[];
  /** The most pressing finding that is not already a reminder above. */
  focus: Finding | null;
}

export async function today(_opts: object, deps: Deps): Promise<TodayResult> {
  // Reminders need every person but no rows: the coach loads its own window for the focus.
  const snap = loadSnapshot(deps.db, { since: deps.today });
  const net = new Network(snap, deps.today);
  return {
    due: dueReminders(net, snap.profile.canGive ?? [], (ids) => lastActivityFor(deps.db, ids)),
    birthdays: upcomingBirthdays(net, 7),
    focus: todayFocus(deps),
  };
}
