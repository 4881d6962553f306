/** Text for `rel date`: what was noted or removed, and the list of dates. */
import type { TextCtx } from './text-ctx.js';
import type { DateList, DateRemoved, DateSaved } from '../commands/dates.js';
import { makeFmt } from '../i18n/fmt.js';
import { padEnd, truncate, width } from './width.js';

export function dateSavedText(r: DateSaved, ctx: TextCtx): string {
  const f = makeFmt(ctx.lang, ctx.today, ctx.currency);
  return ctx.t.dates.saved({ ...r.date, updated: r.updated }, f);
}

export function dateRemovedText(r: DateRemoved, ctx: TextCtx): string {
  return ctx.t.dates.removed(r.removed);
}

export function dateListText(r: DateList, ctx: TextCtx): string {
  const { t, theme } = ctx;
  if (r.dates.length === 0) return r.person ? t.dates.noneFor({ name: r.person.name }) : t.dates.none();
  const f = makeFmt(ctx.lang, ctx.today, ctx.currency);
  const days = r.dates.map((d) => t.dates.day(d, f));
  const col = Math.max(...days.map(width));
  return r.dates
    .map((d, i) => {
      const line = truncate(`${padEnd(days[i]!, col)}  ${t.dates.line(d, f, r.person === null)}`, ctx.width);
      return d.inDays < 0 ? theme.dim(line) : line;
    })
    .join('\n');
}
