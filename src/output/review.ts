/** The review screen: metrics with small charts, findings by severity, then three next moves. */
import type { TextCtx } from './text-ctx.js';
import type { ReviewResult } from '../commands/review.js';
import { SEVERITIES } from '../domain/finding.js';
import { makeFmt } from '../i18n/fmt.js';
import { bar, depthBar, dots, sparkCells } from './charts.js';
import { findingLine } from './findings.js';
import { padEnd, truncate, width, wrap } from './width.js';

const LABEL = 24;
const VALUE = 10;

export function reviewText(r: ReviewResult, ctx: TextCtx, opts: { all?: boolean } = {}): string {
  const { t, theme } = ctx;
  const w = t.review;
  const f = makeFmt(ctx.lang, r.now, ctx.currency);
  const m = r.metrics;
  const out: string[] = [theme.bold(w.header({ date: t.format.longDay(r.now), goal: r.goal })), ''];
  if (m.people === 0) {
    out.push(w.empty({ onboarded: Boolean(r.goal) }));
    return out.join('\n');
  }
  // A value wider than its column still keeps one space before the note.
  const cell = (text: string, n: number) => (width(text) < n ? padEnd(text, n) : `${text} `);
  const row = (label: string, value: string, note = '') =>
    `  ${cell(label, LABEL)}${cell(value, VALUE)}${note}`.trimEnd();

  const [gives, takes] = m.givesToTakes;
  const aim = r.aims.ratio;
  out.push(
    row(
      w.ratioLabel(),
      `${gives} : ${takes}`,
      m.ratio === null
        ? w.noTakes()
        : `${padEnd(`${m.ratio} : 1`, 8)} ${bar(m.ratio, aim)}  ${theme.dim(w.aimRatio({ aim }))}`,
    ),
  );
  out.push(
    row(
      w.deepLabel(),
      String(m.deepTies),
      `${padEnd(dots(m.deepTies, r.aims.deep), 19)}${theme.dim(w.aimDeep({ aim: r.aims.deep }))}`,
    ),
  );
  out.push(row(w.shallowLabel(), String(m.shallowContacts), theme.dim(w.shallowNote())));
  // What changed in 90 days, as of that date from the ledger (RULES.md: progress is noticed).
  const was = m.previous;
  const changes = [
    was.givesToTakes[0] !== gives || was.givesToTakes[1] !== takes
      ? w.trendRatio({ gives: was.givesToTakes[0], takes: was.givesToTakes[1] })
      : null,
    m.deepTies !== was.deepTies
      ? w.trendDeep({
          n: m.deepTies - was.deepTies,
          names: r.trend.newDeep.slice(0, 2),
          more: r.trend.newDeep.length > 2,
        })
      : null,
    m.shallowContacts !== was.shallowContacts
      ? w.trendShallow({ n: m.shallowContacts - was.shallowContacts })
      : null,
  ].filter((x): x is string => x !== null);
  // Nobody recorded as known back then (a new network): nothing to compare with, no row.
  if (was.people > 0)
    out.push(
      `  ${padEnd(w.trendLabel({ date: t.format.day(r.trend.since, r.now) }), LABEL)}${wrap(
        theme.dim(changes.length ? changes.join(' · ') : w.trendNone()),
        ctx.width,
        2 + LABEL,
        { first: 2 + LABEL, keep: r.trend.newDeep },
      )}`,
    );
  out.push(row(w.newLabel(), String(m.newPeople.total), w.newNote(m.newPeople)));
  if (m.lowYieldEvents.count > 0) {
    const ly = m.lowYieldEvents;
    out.push(
      row(
        w.mixersLabel(),
        String(ly.count),
        w.mixersNote({
          money: ly.cost > 0 ? f.money(ly.cost) : null,
          hours: ly.hours,
          met: ly.met,
          followed: ly.followedUp,
        }),
      ),
    );
  }
  if (m.overdue.length > 0) {
    // As many of the most overdue as fit in the width.
    const room = ctx.width - 2 - LABEL - VALUE;
    let note = '';
    for (const [i, o] of m.overdue.entries()) {
      const more = i < m.overdue.length - 1 ? `${w.sep}…` : '';
      const next = (note ? note + w.sep : '') + w.dueItem({ name: o.name, days: o.daysOver });
      if (width(next + more) > room) {
        note = note ? `${note}${w.sep}…` : truncate(next, room);
        break;
      }
      note = next;
    }
    out.push(row(w.dueLabel(), String(m.overdue.length), note));
  }
  out.push(
    row(
      w.reachLabel(),
      '',
      w.reachNote({ you: m.reachedOut.youReachedOut, them: m.reachedOut.theyReachedOut }),
    ),
  );
  out.push('');

  const max = Math.max(0, ...m.monthly.flatMap((x) => [x.gives, x.takes]));
  const initials = m.monthly.map((x) => t.format.monthInitials[Number(x.month.slice(5, 7)) - 1]!);
  const colW = Math.max(...initials.map((s) => s.length));
  const pad = (cells: string[]) => cells.map((c) => c.padStart(colW)).join(' ');
  out.push(`  ${padEnd(w.monthly(), 27)}${pad(initials)}`);
  out.push(
    `  ${' '.repeat(27)}${pad(
      sparkCells(
        m.monthly.map((x) => x.gives),
        max,
      ),
    ).trimEnd()}`,
  );
  out.push(
    `  ${' '.repeat(27)}${pad(
      sparkCells(
        m.monthly.map((x) => x.takes),
        max,
      ),
    ).trimEnd()}`,
  );
  out.push(`  ${padEnd(w.depthLabel(), LABEL)}${w.depthNote(m.depth)}`);
  out.push(`  ${' '.repeat(LABEL)}${depthBar(m.depth, 40)}`);

  // The default view is the coach's: merged per person and capped; --all lists every finding.
  const shown = opts.all ? r.findings.map((x) => ({ ...x, rules: [x.rule] })) : r.shown;
  // The critical ones left out are counted under the critical ones shown: not twice.
  const hidden = opts.all ? 0 : r.hidden - r.hiddenCritical;
  for (const sev of SEVERITIES) {
    const group = shown.filter((x) => x.severity === sev);
    if (group.length === 0) continue;
    out.push('', theme.severity[sev](w.severity[sev]));
    for (const finding of group) out.push(findingLine(finding, theme, ctx.width, 2));
    if (sev === 'critical' && !opts.all && r.hiddenCritical > 0)
      out.push(`    ${theme.dim(wrap(w.moreCritical({ n: r.hiddenCritical }), ctx.width, 4, { first: 4 }))}`);
  }
  if (hidden > 0) out.push('', theme.dim(w.more({ n: hidden })));
  if (!r.concerns) out.push('', w.allClear());
  if (r.moves.length > 0) {
    out.push('', theme.bold(w.moves({ n: r.moves.length })));
    r.moves.forEach((mv, i) => out.push(`  ${i + 1}. ${wrap(mv, ctx.width, 5, { first: 5 })}`));
  }
  return out.join('\n');
}
