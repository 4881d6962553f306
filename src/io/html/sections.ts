/** The report's sections that are words and tables: the summary, lists, the events table, findings. */
import type { GraphNode } from '../../domain/graph.js';
import type { EventKindRow } from '../../domain/report.js';
import type { Catalog } from '../../i18n/index.js';
import type { Fmt } from '../../i18n/fmt.js';
import { esc } from './svg.js';

/** What the report needs of `rel review`'s result: its public shape, not the coach's internals. */
export interface ReviewView {
  goal: string | null;
  metrics: ReviewMetrics & { previous?: ReviewMetrics };
  findings: { rule: string; severity: string; message: string }[];
  /** The default view of `rel review`, when the coach gives one, and how many it leaves to --all. */
  shown?: { rule: string; severity: string; message: string }[];
  hidden?: number;
  /** Of the hidden findings, how many are critical (the default view shows five). */
  hiddenCritical?: number;
  moves: string[];
}
interface ReviewMetrics {
  givesToTakes: [number, number];
  deepTies: number;
  shallowContacts: number;
  people: number;
}

export function summary(r: ReviewView, t: Catalog, f: Fmt): string {
  const prev = r.metrics.previous;
  const ratio = (m: ReviewMetrics) => `${f.num(m.givesToTakes[0])} : ${f.num(m.givesToTakes[1])}`;
  const rows: [string, string, string, string | undefined][] = [
    ['ratio', t.report.ratio(), ratio(r.metrics), prev && ratio(prev)],
    ['deep', t.report.deep(), f.num(r.metrics.deepTies), prev && f.num(prev.deepTies)],
    ['shallow', t.report.shallow(), f.num(r.metrics.shallowContacts), prev && f.num(prev.shallowContacts)],
    ['people', t.report.people(), f.num(r.metrics.people), prev && f.num(prev.people)],
  ];
  return `<dl class="summary">${rows
    .map(
      ([id, label, now, was]) =>
        `<div data-metric="${id}"><dt>${esc(label)}</dt><dd><span class="now">${esc(now)}</span>${was === undefined ? '' : `<span class="was">${esc(was === now ? t.report.same() : t.report.was({ value: was }))}</span>`}</dd></div>`,
    )
    .join('')}</dl>`;
}

export function dataTable(head: string[], rows: (string | number)[][], cls = ''): string {
  return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function legend(items: { cls: string; label: string }[]): string {
  return `<ul class="legend">${items.map((i) => `<li><span class="swatch ${i.cls}"></span>${esc(i.label)}</li>`).join('')}</ul>`;
}

/** The not-thanked list names this many people, then counts the rest. */
export const MAX_UNTHANKED = 12;

export function introLists(openers: GraphNode[], unthanked: GraphNode[], t: Catalog): string {
  const ol = openers
    .map((n) => `<li data-person="${n.id}">${esc(t.report.opened({ name: n.name, n: n.opened }))}</li>`)
    .join('');
  const ul = unthanked
    .slice(0, MAX_UNTHANKED)
    .map(
      (n) =>
        `<li data-person="${n.id}">${esc(t.report.unthankedItem({ name: n.name, n: n.unthanked }))}</li>`,
    )
    .join('');
  return `<div class="cols"><div><h3>${esc(t.report.openers())}</h3><ol class="openers">${ol}</ol></div><div><h3>${esc(t.report.unthanked())}</h3>${
    unthanked.length
      ? `<ul class="unthanked">${ul}${unthanked.length > MAX_UNTHANKED ? `<li class="more">${esc(t.report.moreDots({ n: unthanked.length - MAX_UNTHANKED }))}</li>` : ''}</ul>`
      : `<p>${esc(t.report.allThanked())}</p>`
  }</div></div>`;
}

export function eventsTable(rows: EventKindRow[], t: Catalog, f: Fmt): string {
  if (rows.length === 0) return `<p>${esc(t.report.noEvents())}</p>`;
  const max = Math.max(1, ...rows.map((r) => r.met));
  const body = rows
    .map((r) => {
      const share = r.metYearAgo === 0 ? '—' : `${f.num(r.tiesYearLater)} / ${f.num(r.metYearAgo)}`;
      const bar = `<span class="meter"><span class="met" style="width:${Math.round((r.met / max) * 100)}%"></span><span class="tied" style="width:${Math.round((r.tiesYearLater / max) * 100)}%"></span></span>`;
      return `<tr data-kind="${esc(r.kind)}" data-events="${r.events}" data-met="${r.met}" data-ties="${r.tiesYearLater}"><td>${esc(t.vocab(r.kind))}</td><td>${f.num(r.events)}</td><td>${esc(f.money(r.cost))}</td><td>${f.num(r.hours)}</td><td>${f.num(r.met)} ${bar}</td><td>${f.num(r.metYearAgo)}</td><td>${esc(share)}</td></tr>`;
    })
    .join('');
  return `<div class="scroll"><table class="events" data-chart="events"><thead><tr>${t.report
    .eventCols()
    .map((h) => `<th>${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export function findingsList(r: ReviewView, t: Catalog): string {
  const sev = t.report.severity as Record<string, string>;
  const list = r.shown ?? r.findings;
  const items = list
    .map(
      (x) =>
        `<li class="finding ${esc(x.severity)}" data-rule="${esc(x.rule)}"><span class="sev">${esc(sev[x.severity] ?? x.severity)}</span> ${esc(x.message)} <span class="rule">[${esc(x.rule)}]</span></li>`,
    )
    .join('');
  const moves = r.moves.map((m) => `<li>${esc(m)}</li>`).join('');
  // Critical findings past the first five are said apart, as the text review says them.
  const critical = r.shown ? (r.hiddenCritical ?? 0) : 0;
  const others = r.shown ? (r.hidden ?? 0) - critical : 0;
  const more = [
    critical > 0 ? t.review.moreCritical({ n: critical }) : null,
    others > 0 ? t.report.moreFindings({ n: others }) : null,
  ]
    .filter((x): x is string => x !== null)
    .map((x) => `<p class="note">${esc(x)}</p>`)
    .join('');
  return `${list.length ? `<ul class="findings">${items}</ul>${more}` : `<p>${esc(t.report.noFindings())}</p>`}${
    moves ? `<h3>${esc(t.report.movesTitle())}</h3><ol class="moves">${moves}</ol>` : ''
  }`;
}
