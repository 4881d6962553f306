/** Reminders (English): invite, never scold. */
import type { Fmt } from '../fmt.js';

type IdeaP =
  | { kind: 'thank'; about: string }
  | { kind: 'birthday'; date: string }
  | { kind: 'offer'; what: string }
  | { kind: 'share' };

const rhythm = (every: string) => {
  const m = /^(\d+)([dwmy])$/.exec(every);
  if (!m) return every;
  const n = Number(m[1]);
  const unit = { d: 'day', w: 'week', m: 'month', y: 'year' }[m[2] as 'd' | 'w' | 'm' | 'y'];
  return n === 1 ? `${unit}ly`.replace('dayly', 'daily') : `${n}-${unit}`;
};

export const remind = {
  due: (p: { name: string; every: string; daysOver: number }) =>
    `Time to reconnect with ${p.name}${p.daysOver === 0 ? '' : ` (${p.daysOver} ${p.daysOver === 1 ? 'day' : 'days'} past your ${rhythm(p.every)} rhythm)`}.`,
  last: (p: { what: string; date: string; type: string }, f: Fmt) =>
    `last: ${p.what ? `${p.type === 'take' ? 'they gave you ' : ''}${p.what}, ` : ''}${f.day(p.date)}`,
  never: () => 'nothing logged since you met',
  idea: (p: IdeaP, f: Fmt) =>
    p.kind === 'thank'
      ? `idea: thank them again for ${p.about}`
      : p.kind === 'birthday'
        ? `idea: their birthday is ${f.day(p.date)}; a short message`
        : p.kind === 'offer'
          ? `idea: offer ${p.what}`
          : 'idea: send something you read that made you think of them',
  birthday: (p: { name: string; date: string; inDays: number; turning: number | null }, f: Fmt) =>
    `${p.name}'s birthday is ${p.inDays === 0 ? 'today' : p.inDays === 1 ? 'tomorrow' : f.day(p.date)}${p.turning ? ` (turning ${p.turning})` : ''}.`,
  /** After the brief list: how many more, and the command that lists them all. */
  more: (p: { count: number; command: string }, f: Fmt) => `and ${f.num(p.count)} more: ${p.command}`,
  /** Under today's lists, which it counts together. */
  todayMore: (p: { count: number; command: string }, f: Fmt) =>
    `${f.num(p.count)} more ${p.count === 1 ? 'reminder' : 'reminders'}: ${p.command}`,
  snoozed: (p: { name: string; until: string }, f: Fmt) => `${p.name} is snoozed until ${f.day(p.until)}.`,
  unsnoozed: (p: { name: string }) => `${p.name} is no longer snoozed.`,
  spread: (p: { count: number; days: number }) =>
    p.count === 0
      ? 'Nothing to spread: no one is due.'
      : `Spread ${p.count} due ${p.count === 1 ? 'person' : 'people'} over the next ${p.days === 1 ? 'day' : `${p.days} days`}, most overdue first.`,
  spreadPreview: (p: { count: number; days: number }) =>
    `Would spread ${p.count} due ${p.count === 1 ? 'person' : 'people'} over the next ${p.days === 1 ? 'day' : `${p.days} days`}, most overdue first (a preview: add --apply to snooze them so):`,
  cronInstalled: (p: { changed: boolean }): string =>
    p.changed ? 'Installed: rel remind runs daily from your crontab.' : 'Already installed; nothing changed.',
  cronRemoved: (p: { changed: boolean }): string =>
    p.changed ? 'Removed rel from your crontab.' : 'rel was not in your crontab.',
  cronNone: () => 'rel is not in your crontab. Add it: rel cron install --at 09:00',
  todayHeader: (p: { date: string }) => `rel · today, ${p.date}`,
  todayReconnect: () => 'reconnect',
  todayBirthdays: () => 'birthdays',
  todayOneThing: () => 'the one thing',
  todayQuiet: () => 'Nothing due today. One small give keeps the habit alive.',
  notifyTitle: () => 'rel: keep in touch',
  icsDue: (p: { name: string }) => `Reconnect with ${p.name}`,
  icsBirthday: (p: { name: string }) => `${p.name}'s birthday`,
  icsWritten: (p: { path: string; events: number }) =>
    `wrote ${p.events} calendar ${p.events === 1 ? 'entry' : 'entries'} to ${p.path}`,
};
