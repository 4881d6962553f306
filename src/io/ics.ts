/**
 * iCalendar (RFC 5545) for people who live in their calendar: next reconnect dates, birthdays and
 * important dates (rel date).
 */
import { effectiveCadence, nextDue } from '../domain/cadence.js';
import { nextBirthday } from '../domain/dates.js';
import type { Network } from '../domain/network.js';
import { dateItem, type DateRecord } from '../domain/reminders.js';
import type { Catalog } from '../i18n/index.js';

const escape = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space (never inside a character). */
export function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const HEAD = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//rel//keep in touch//EN'];

/** A feed rel wrote (its first three lines are rel's own), so `remind --ics` may replace it. */
export const isRelFeed = (head: string): boolean => head.startsWith(`${HEAD.join('\r\n')}\r\n`);

const compact = (day: string) => day.replace(/-/g, '');

export function calendar(
  net: Network,
  t: Catalog,
  now: Date,
  dates: readonly (DateRecord & { id: number })[] = [],
): { text: string; events: number } {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const events: string[][] = [];
  for (const p of net.people) {
    const due = effectiveCadence(p) ? nextDue(p, net.lastTouch(p.id)) : null;
    if (due) {
      const day = due < net.today ? net.today : due;
      events.push([
        `UID:rel-reconnect-${p.id}@rel.local`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(day)}`,
        `SUMMARY:${escape(t.remind.icsDue({ name: p.name }))}`,
      ]);
    }
    if (p.birthday) {
      const day = nextBirthday(p.birthday, net.today);
      events.push([
        `UID:rel-birthday-${p.id}@rel.local`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(day)}`,
        'RRULE:FREQ=YEARLY',
        `SUMMARY:${escape(t.remind.icsBirthday({ name: p.name }))}`,
      ]);
    }
  }
  for (const d of dates) {
    const item = dateItem(d, net.today);
    if (item.inDays < 0) continue; // a one-off date that has passed
    events.push([
      `UID:rel-date-${d.id}@rel.local`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      ...(d.yearly ? ['RRULE:FREQ=YEARLY'] : []),
      `SUMMARY:${escape(t.dates.ics({ name: d.name, label: d.label }))}`,
    ]);
  }
  const lines = [
    ...HEAD,
    'CALSCALE:GREGORIAN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
  ];
  return { text: `${lines.map(fold).join('\r\n')}\r\n`, events: events.length };
}
