/** Important dates (English): exams, launches, anniversaries. */
import type { Fmt } from '../fmt.js';

interface Item {
  name: string;
  label: string;
  date: string;
  yearly: boolean;
  inDays: number;
  years: number | null;
}

const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

/** 'today', 'tomorrow', 'in 5 days', '3 days ago'. */
const when = (n: number) =>
  n === 0
    ? 'today'
    : n === 1
      ? 'tomorrow'
      : n > 0
        ? `in ${n} days`
        : n === -1
          ? 'yesterday'
          : `${-n} days ago`;

export const dates = {
  saved: (p: Item & { updated: boolean }, f: Fmt) =>
    `${p.updated ? 'moved' : 'noted'} ${p.name}'s ${p.label}: ${f.day(p.date)}${p.yearly ? ', every year' : ''} (${when(p.inDays)})`,
  removed: (p: Item) => `removed ${p.name}'s ${p.label}`,
  /** One line of `rel date`: the day, whose, what, and how far. */
  line: (p: Item, f: Fmt, withName: boolean) =>
    `${withName ? `${p.name}: ` : ''}${p.label}${p.yearly ? ` (every year${p.years ? `, ${years(p.years)}` : ''})` : ''} · ${when(p.inDays)}`,
  day: (p: Item, f: Fmt) => f.day(p.date),
  /** In remind and today, beside birthdays. */
  coming: (p: Item, f: Fmt) =>
    `${p.name}'s ${p.label} is ${p.inDays === 0 ? 'today' : p.inDays === 1 ? 'tomorrow' : `on ${f.day(p.date)}`}${p.years ? ` (${years(p.years)})` : ''}.`,
  heading: () => 'dates',
  none: () =>
    'No dates yet. Note one, and rel remind brings it up in time: rel date "Aiko Tanaka" "book launch" --on 2026-12-01',
  noneFor: (p: { name: string }) =>
    `No dates for ${p.name} yet. Note one: rel date "${p.name}" "exam" --on "3 Dec"`,
  /** On the person page. */
  show: (p: { items: readonly string[] }) => `dates: ${p.items.join(' · ')}`,
  showItem: (p: Item, f: Fmt) => `${p.label} ${f.day(p.date)}${p.yearly ? ' (yearly)' : ''}`,
  ics: (p: { name: string; label: string }) => `${p.name}: ${p.label}`,
};
