/** `rel today`: the daily digest: who to reconnect with, birthdays, and the one finding that matters most. */
import { todayFocus } from '../coach/index.js';
import { getProfile } from '../db/repos/profile.js';
import { reminderSource } from '../db/repos/remind.js';
import { lastActivityFor } from '../db/repos/stats.js';
import type { Finding } from '../domain/finding.js';
import {
  dueReminders,
  upcomingBirthdays,
  type BirthdayItem,
  type DateItem,
  type DueItem,
} from '../domain/reminders.js';
import { comingDates } from './dates.js';
import type { Deps } from './support/deps.js';
import * as parse from './support/parse.js';

export interface TodayResult {
  due: DueItem[];
  birthdays: BirthdayItem[];
  /** Important dates (rel date) within --days. */
  dates: DateItem[];
  /** The most pressing finding that is not already a reminder above. */
  focus: Finding | null;
}

export async function today(opts: { days?: string }, deps: Deps): Promise<TodayResult> {
  const days = opts.days === undefined ? 7 : Math.floor(parse.amount('--days', opts.days));
  // Reminders need no snapshot (db/repos/remind.ts): the coach loads its own window for the focus.
  const src = reminderSource(deps.db, deps.today);
  return {
    due: dueReminders(src, getProfile(deps.db).canGive ?? [], (ids) =>
      lastActivityFor(deps.db, ids, (id) => src.lastTouch(id)),
    ),
    birthdays: upcomingBirthdays(src, days),
    dates: comingDates(deps, days),
    focus: todayFocus(deps),
  };
}
