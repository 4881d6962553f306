/** Keeping in touch: who is due (`remind`), pausing someone (`snooze`), and staggering (`spread`). */
import { writeTx } from '../db/tx.js';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { setSnooze } from '../db/repos/people.js';
import { getProfile } from '../db/repos/profile.js';
import { reminderSource } from '../db/repos/remind.js';
import { lastActivityFor } from '../db/repos/stats.js';
import { addDays, type Day } from '../domain/dates.js';
import { allDates } from '../db/repos/dates.js';
import type { Network } from '../domain/network.js';
import { briefCounts, REMIND_ROOM } from '../domain/remind-brief.js';
import {
  birthdaysAfter,
  dueItems,
  dueNow,
  dueReminders,
  importantDates,
  mostOverdue,
  upcomingBirthdays,
  type BirthdayItem,
  type DateItem,
  type DueItem,
} from '../domain/reminders.js';
import type { Finding } from '../domain/finding.js';
import type { Deps } from './support/deps.js';
import type { PersonRef } from './support/json.js';
import * as parse from './support/parse.js';
import { resolvePerson } from './support/resolve.js';

export interface RemindOptions {
  /** Birthdays and important dates this many days ahead (default 7). */
  days?: string;
  /** Also write the coming year of reminders and birthdays to this iCalendar file. */
  ics?: string;
  /** Replace an --ics file that is not rel's own feed. */
  force?: boolean;
  /**
   * Only what the brief text shows (domain/remind-brief.ts), and how many more there are: the text
   * without --all. JSON and --all get every reminder.
   */
  brief?: boolean;
}

export interface RemindResult {
  due: DueItem[];
  birthdays: BirthdayItem[];
  /** Important dates (rel date) within --days. */
  dates: DateItem[];
  ics?: { path: string; events: number };
  /** With `brief`: how many reminders were left out (0: none), and the --days that listed them. */
  more?: { count: number; days: number };
  /**
   * With --notify: true when the desktop notifier took every reminder. The CLI layer sends them
   * (cli/program-remind.ts) and sets this; the text then leaves them out.
   */
  notified?: boolean;
}

export async function remind(opts: RemindOptions, deps: Deps): Promise<RemindResult> {
  const days = opts.days === undefined ? 7 : Math.floor(parse.amount('--days', opts.days));
  // Reminders need no rows and no snapshot: the people with a rhythm or a birthday and their
  // person_stats say who is due and what they last gave you.
  const src = reminderSource(deps.db, deps.today, birthdaysAfter(deps.today, days));
  const records = allDates(deps.db);
  const dates = importantDates(records, deps.today, days);
  const birthdays = upcomingBirthdays(src, days);
  const canGive = getProfile(deps.db).canGive ?? [];
  const last = (ids: number[]) => lastActivityFor(deps.db, ids, (id) => src.lastTouch(id));
  let result: RemindResult;
  if (opts.brief) {
    // Worded, and looked up, only for the few shown.
    const due = dueNow(src);
    const n = briefCounts(due.length, birthdays, dates, REMIND_ROOM);
    result = {
      due: dueItems(src, mostOverdue(due, n.due), canGive, last),
      birthdays: birthdays.slice(0, n.birthdays),
      dates: dates.slice(0, n.dates),
      more: { count: n.more, days },
    };
  } else result = { due: dueReminders(src, canGive, last), birthdays, dates };
  if (opts.ics !== undefined) {
    const path = resolve(deps.cwd, opts.ics);
    // Loaded only for --ics, as are the snapshot and the writer: a plain remind never pays for them.
    const [{ calendar, isRelFeed }, { writePrivateFile }] = await Promise.all([
      import('../io/ics.js'),
      import('../io/private-file.js'),
    ]);
    const { text, events } = calendar(await network(deps), deps.t, deps.now, records);
    // rel's own feed (from an earlier run or cron) is replaced; anything else needs --force.
    await writePrivateFile(path, text, {
      dbPath: deps.dbPath,
      force: opts.force === true,
      ownFile: isRelFeed,
    });
    result.ics = { path, events };
  }
  return result;
}

export interface SnoozeResult {
  person: PersonRef;
  until: Day | null;
  findings: Finding[];
}

/** Quiet until a date (reminders resume on it); `--until none` resumes now. */
export async function snooze(opts: { person: string; until?: string }, deps: Deps): Promise<SnoozeResult> {
  if (opts.until === undefined) throw new UsageError('snoozeNeedsUntil', undefined);
  const until = /^(none|off|なし)$/i.test(opts.until.trim())
    ? null
    : parse.anyDay('--until', opts.until, deps.today);
  if (until !== null && until < deps.today) throw new UsageError('snoozePast', { value: opts.until });
  const p = resolvePerson(deps.db, opts.person);
  writeTx(deps.db, () => setSnooze(deps.db, p.id, until));
  const { immediateFindings } = await import('./support/findings.js');
  return { person: { id: p.id, name: p.name }, until, findings: immediateFindings(deps, {}) };
}

export interface SpreadResult {
  days: number;
  /** False for the preview (the default): nothing was written. */
  applied: boolean;
  spread: (PersonRef & { until: Day })[];
  findings: [];
}

/**
 * After an import many people fall due at once: keep the most overdue due today and snooze the
 * rest to days spread evenly over the window, so a handful come up each day. A preview unless
 * `apply`.
 */
export async function spread(opts: { over?: string; apply?: boolean }, deps: Deps): Promise<SpreadResult> {
  const days = opts.over === undefined ? 30 : Math.max(1, Math.floor(parse.amount('--over', opts.over)));
  const net = await network(deps);
  const due = dueReminders(net, [], () => new Map());
  const plan = due.map((d, i) => ({
    id: d.id,
    name: d.name,
    until: addDays(deps.today, Math.floor((i * days) / due.length)),
  }));
  const applied = opts.apply === true;
  if (applied)
    writeTx(deps.db, () => {
      for (const p of plan) setSnooze(deps.db, p.id, p.until === deps.today ? null : p.until);
    });
  return { days, applied, spread: plan, findings: [] };
}

/** The whole network from today's window (for --ics and spread; remind itself reads less). */
async function network(deps: Deps): Promise<Network> {
  const [{ loadSnapshot }, { Network }] = await Promise.all([
    import('../db/snapshot.js'),
    import('../domain/network.js'),
  ]);
  return new Network(loadSnapshot(deps.db, { since: deps.today, lastTake: true }), deps.today);
}
