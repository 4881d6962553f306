/** Text for `rel remind`, `rel snooze`, `rel spread` and `rel today`: a few inviting lines. */
import type { TextCtx } from './text-ctx.js';
import type { CronResult } from '../commands/cron.js';
import type { RemindResult, SnoozeResult, SpreadResult } from '../commands/remind.js';
import type { TodayResult } from '../commands/today.js';
import type { DueItem } from '../domain/reminders.js';
import { makeFmt, type Fmt } from '../i18n/fmt.js';
import type { Catalog } from '../i18n/index.js';
import { findingLine } from './findings.js';
import type { Note } from './notify.js';
import { padEnd, wrap, width } from './width.js';

function dueLines(d: DueItem, t: Catalog, f: Fmt): string[] {
  const last = d.last
    ? t.remind.last({ what: d.last.what, date: d.last.date, type: d.last.type }, f)
    : t.remind.never();
  return [t.remind.due(d), `  ${last} · ${t.remind.idea(d.idea, f)}`];
}

type NoteCtx = Pick<TextCtx, 't' | 'lang' | 'today' | 'currency'>;

/** The command that lists every reminder, for the window these were listed for. */
const allCommand = (days: number) => `rel remind${days === 7 ? '' : ` --days ${days}`} --all`;

/** After a brief list (domain/remind-brief.ts): how many more, and how to see them; or nothing. */
function moreLine(more: RemindResult['more'], t: Catalog, f: Fmt): string[] {
  return more && more.count > 0
    ? [t.remind.more({ count: more.count, command: allCommand(more.days) }, f)]
    : [];
}

/** The reminders, each one's lines: a person due, a birthday, an important date; then how many more. */
function remindBlocks(r: RemindResult, ctx: NoteCtx): string[][] {
  const { t } = ctx;
  const f = makeFmt(ctx.lang, ctx.today, ctx.currency);
  const more = moreLine(r.more, t, f);
  return [
    ...r.due.map((d) => dueLines(d, t, f)),
    ...r.birthdays.map((b) => [t.remind.birthday(b, f)]),
    ...r.dates.map((d) => [t.dates.coming(d, f)]),
    ...(more.length ? [more] : []),
  ];
}

/**
 * `remind --notify`: one desktop notification for each reminder shown, and one for how many more
 * (the CLI layer sends them).
 */
export const remindNotes = (r: RemindResult, ctx: NoteCtx): Note[] =>
  remindBlocks(r, ctx).map((lines) => ({ title: ctx.t.remind.notifyTitle(), body: lines.join('\n') }));

export function remindText(r: RemindResult, ctx: TextCtx): string {
  const { t } = ctx;
  // Sent to the desktop already: only the line about the calendar file is left to say.
  const out = r.notified
    ? []
    : remindBlocks(r, ctx).map((lines) => lines.map((l) => wrap(l, ctx.width, 2)).join('\n'));
  if (r.ics) out.push(t.remind.icsWritten(r.ics));
  return out.join('\n');
}

export function snoozeText(r: SnoozeResult, ctx: TextCtx): string {
  const f = makeFmt(ctx.lang, ctx.today, ctx.currency);
  return r.until
    ? ctx.t.remind.snoozed({ name: r.person.name, until: r.until }, f)
    : ctx.t.remind.unsnoozed({ name: r.person.name });
}

export function spreadText(r: SpreadResult, ctx: TextCtx): string {
  const f = makeFmt(ctx.lang, ctx.today, ctx.currency);
  const head =
    r.applied || r.spread.length === 0
      ? ctx.t.remind.spread({ count: r.spread.length, days: r.days })
      : ctx.t.remind.spreadPreview({ count: r.spread.length, days: r.days });
  const days = r.spread.map((p) => f.day(p.until));
  const col = Math.max(0, ...days.map(width));
  return [wrap(head, ctx.width), ...r.spread.map((p, i) => `  ${padEnd(days[i]!, col)}  ${p.name}`)].join(
    '\n',
  );
}

export function todayText(r: TodayResult, ctx: TextCtx): string {
  const { t, theme } = ctx;
  const f = makeFmt(ctx.lang, ctx.today, ctx.currency);
  const out = [theme.bold(t.remind.todayHeader({ date: f.day(ctx.today) }))];
  if (r.due.length) {
    out.push('', theme.dim(t.remind.todayReconnect()));
    for (const d of r.due) out.push(...dueLines(d, t, f).map((l) => `  ${wrap(l, ctx.width - 2, 4)}`));
  }
  if (r.birthdays.length) {
    out.push('', theme.dim(t.remind.todayBirthdays()));
    for (const b of r.birthdays) out.push(`  ${t.remind.birthday(b, f)}`);
  }
  if (r.dates.length) {
    out.push('', theme.dim(t.dates.heading()));
    for (const d of r.dates) out.push(`  ${wrap(t.dates.coming(d, f), ctx.width - 2, 4)}`);
  }
  // After the lists, a paragraph of its own (it counts people and dates alike, not the last list):
  // how many more, and where they all are.
  if (r.more && r.more.count > 0)
    out.push(
      '',
      wrap(t.remind.todayMore({ count: r.more.count, command: allCommand(r.more.days) }, f), ctx.width),
    );
  if (r.focus) {
    out.push('', theme.dim(t.remind.todayOneThing()), findingLine(r.focus, theme, ctx.width, 2));
  }
  if (!r.due.length && !r.birthdays.length && !r.dates.length && !r.focus)
    out.push('', t.remind.todayQuiet());
  return out.join('\n');
}

export function cronText(r: CronResult, { t }: TextCtx): string {
  if (r.action === 'show') return r.block ?? t.remind.cronNone();
  if (r.action === 'remove') return t.remind.cronRemoved(r);
  return `${t.remind.cronInstalled(r)}\n${r.block}`;
}
