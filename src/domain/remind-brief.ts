/**
 * What the text of `rel remind` shows without --all: a few lines, not a thousand. Pure.
 *
 * Birthdays and important dates come first, the soonest, up to eight: they fall on a day and are
 * missed once it has passed. The most overdue people fill the rest of a dozen: someone overdue can
 * still be written to tomorrow. When one side has fewer, the other takes its room. Each list is cut
 * to a prefix of itself, so every line shown is a line of `--all`, in the same order.
 */

/** How much room each side gets. */
export interface Room {
  /** Everything shown, at most. */
  total: number;
  /** People due, at most. */
  people: number;
  /** Birthdays and dates kept even when people due would fill the room. */
  dated: number;
}

/** `rel remind`: a dozen at most. */
export const REMIND_ROOM: Room = { total: 12, people: 12, dated: 8 };
/** `rel today`: three people to reconnect with (as it always showed), then the dates. */
export const TODAY_ROOM: Room = { total: 11, people: 3, dated: 8 };

export interface BriefCounts {
  due: number;
  birthdays: number;
  dates: number;
  /** How many are left out. */
  more: number;
}

/**
 * How many of each list to show. `birthdays` and `dates` are sorted soonest first (as
 * upcomingBirthdays and importantDates return them); a birthday goes before a date on the same day.
 */
export function briefCounts(
  due: number,
  birthdays: readonly { inDays: number }[],
  dates: readonly { inDays: number }[],
  room: Room,
): BriefCounts {
  const dated = birthdays.length + dates.length;
  const datedShown = Math.min(dated, Math.max(room.dated, room.total - Math.min(due, room.people)));
  const dueShown = Math.min(due, room.people, room.total - datedShown);
  let b = 0;
  let d = 0;
  while (b + d < datedShown) {
    if (d >= dates.length || (b < birthdays.length && birthdays[b]!.inDays <= dates[d]!.inDays)) b++;
    else d++;
  }
  return { due: dueShown, birthdays: b, dates: d, more: due + dated - dueShown - datedShown };
}

interface Lists<D, B, T> {
  due: readonly D[];
  birthdays: readonly B[];
  dates: readonly T[];
}

/** The lists cut to what the brief text shows, and how many were left out. */
export function brief<D, B extends { inDays: number }, T extends { inDays: number }>(
  r: Lists<D, B, T>,
  room: Room,
): { due: D[]; birthdays: B[]; dates: T[]; more: number } {
  const n = briefCounts(r.due.length, r.birthdays, r.dates, room);
  return {
    due: r.due.slice(0, n.due),
    birthdays: r.birthdays.slice(0, n.birthdays),
    dates: r.dates.slice(0, n.dates),
    more: n.more,
  };
}
