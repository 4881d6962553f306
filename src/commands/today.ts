/** `rel today`: the daily digest: who to reconnect with, birthdays, and the one finding that matters most. */
import { todayFocus } from '../coach/index.js';
import { getProfile } from '../db/repos/profile.js';
import { reminderSource } from '../db/repos/remind.js';
import { lastActivityFor } from '../db/repos/stats.js';
import type { Finding } from '../domain/finding.js';
import { briefCounts, TODAY_ROOM } from '../domain/remind-brief.js';
import {
  birthdaysAfter,
  dueItems,
  dueNow,
  mostOverdue,
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
  /** With `brief`: how many reminders were left out (0: none), and the --days that listed them. */
  more?: { count: number; days: number };
}

/** `brief`: only the reminders the text shows (domain/remind-brief.ts); JSON gets every one. */
export async function today(opts: { days?: string; brief?: boolean }, deps: Deps): Promise<TodayResult> {
  const days = opts.days === undefined ? 7 : Math.floor(parse.amount('--days', opts.days));
  // Reminders need no snapshot (db/repos/remind.ts): the coach loads its own window for the focus.
  const src = reminderSource(deps.db, deps.today, birthdaysAfter(deps.today, days));
  const due = dueNow(src);
  const birthdays = upcomingBirthdays(src, days);
  const dates = comingDates(deps, days);
  const n = opts.brief
    ? briefCounts(due.length, birthdays, dates, TODAY_ROOM)
    : { due: due.length, birthdays: birthdays.length, dates: dates.length, more: undefined };
  const items = dueItems(src, mostOverdue(due, n.due), getProfile(deps.db).canGive ?? [], (ids) =>
    lastActivityFor(deps.db, ids, (id) => src.lastTouch(id)),
  );
  const result: TodayResult = {
    due: items,
    birthdays: birthdays.slice(0, n.birthdays),
    dates: dates.slice(0, n.dates),
    focus: todayFocus(deps),
  };
  if (n.more !== undefined) result.more = { count: n.more, days };
  return result;
}
