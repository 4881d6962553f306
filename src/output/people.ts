/** Text for `rel list` and the person page of `rel show`. */
import type { ListResult } from '../commands/list.js';
import type { ShowResult } from '../commands/show.js';
import { timelineLine } from '../io/timeline.js';
import { daysBetween } from '../domain/dates.js';
import { makeFmt } from '../i18n/fmt.js';
import type { Catalog, Lang } from '../i18n/index.js';
import type { Theme } from './theme.js';
import { padEnd, truncate, width, wrap } from './width.js';

interface Ctx {
  t: Catalog;
  today: string;
  theme: Theme;
  lang?: Lang;
  /** Columns to fit (default 80). */
  width?: number;
}

export function listText(r: ListResult, { t, today, theme, width: cols = 80 }: Ctx): string {
  if (r.count === 0)
    return r.match !== null
      ? t.cli.listNoMatch({ match: r.match })
      : r.tag === null
        ? t.cli.listEmpty()
        : t.cli.listNoTag({ tag: r.tag });
  const head = t.cli.listHeader();
  const rows = r.people.map((p) => [
    truncate(p.name, 28) + (p.target ? ' ☆' : ''),
    p.met ? t.format.day(p.met, today) : p.target ? t.cli.notMet() : t.cli.metUnknown(),
    p.lastTouch ? t.format.day(p.lastTouch, today) : t.cli.never(),
    `${p.gives}:${p.takes}`,
    truncate(p.tags.join(' '), 20),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const fit = (s: string) => truncate(s, cols);
  return [
    theme.dim(fit(line(head))),
    ...rows.map((row) => fit(line(row))),
    theme.dim(t.cli.listCount({ n: r.count })),
  ].join('\n');
}

export function showText(r: ShowResult, { t, today, theme, lang, width: cols = 80 }: Ctx): string {
  const p = r.person;
  const out: string[] = [];
  out.push(
    theme.bold(p.name) +
      (p.reading ? `  ${p.reading}` : '') +
      (p.nicknames.length ? theme.dim(` (${p.nicknames.join(', ')})`) : ''),
  );
  const origin = t.cli.showOrigin({
    // "through other" says nothing: leave it out.
    origin: p.origin === 'other' ? null : t.vocab(p.origin),
    via: p.introducer?.name ?? null,
    event: r.originEvent?.name ?? null,
    met: p.met ? t.format.day(p.met, today) : null,
  });
  if (origin !== '') out.push(`  ${origin}`);
  for (const flag of t.cli.showFlags(p)) out.push(`  ${flag}`);
  if (p.org || p.where) out.push(`  ${t.cli.showWork({ org: p.org ?? null, where: p.where ?? null })}`);
  if (p.emails?.length || p.phones?.length)
    out.push(`  ${t.cli.showContacts({ emails: p.emails ?? [], phones: p.phones ?? [] })}`);
  out.push(`  ${t.cli.showBalance(r.balance)}`);
  out.push(
    `  ${
      r.lastTouch
        ? t.cli.showLastTouch({
            date: t.format.day(r.lastTouch, today),
            ago: t.format.daysAgo(Math.max(0, daysBetween(r.lastTouch, today))),
          })
        : t.cli.showNoTouch()
    }`,
  );
  if (r.every && r.nextDue) {
    const every = p.every ? r.every : `${r.every} (${p.circle})`;
    out.push(
      `  ${
        r.overdue !== null && r.overdue > 0
          ? t.cli.showOverdue({ every, days: r.overdue })
          : t.cli.showEvery({ every, due: t.format.day(r.nextDue, today) })
      }`,
    );
  }
  if (p.birthday) out.push(`  ${t.cli.showBirthday({ date: t.format.day(p.birthday, today) })}`);
  if (r.dates.length) {
    const f = makeFmt(lang ?? 'en', today, 'JPY');
    out.push(`  ${t.dates.show({ items: r.dates.map((d) => t.dates.showItem(d, f)) })}`);
  }
  if (r.introduced.length) out.push(`  ${t.cli.showIntroduced({ names: r.introduced.map((i) => i.name) })}`);
  if (p.tags.length) out.push(`  ${t.cli.tags()}${t.cli.colon()}${p.tags.join(', ')}`);
  if (p.note) out.push(`  ${wrap(`${t.cli.note()}${t.cli.colon()}${p.note}`, cols - 2, 4)}`);
  if (r.needs) out.push(`  ${t.cli.needs({ what: r.needs.what, date: t.format.day(r.needs.on, today) })}`);
  if (p.target && p.prep) {
    const done = [p.prep.studied, p.prep.give, p.prep.reason];
    t.cli.showPrep(p.prep).forEach((line, i) => out.push(`  ${done[i] ? '☑' : '☐'} ${line}`));
  }
  out.push('');
  out.push(theme.dim(t.cli.timeline()));
  if (r.timeline.length === 0) out.push(`  ${t.cli.timelineEmpty()}`);
  for (const item of r.timeline)
    out.push(
      `  ${padEnd(t.format.day(item.date, today), 12)} ${wrap(timelineLine(item, t), cols, 15, { first: 15 })}`,
    );
  return out.join('\n');
}
