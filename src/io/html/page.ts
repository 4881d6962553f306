/** `rel report --html`: one self-contained page; styles, data and drawings inline, nothing fetched. */
import type { ReportData } from '../../domain/report.js';
import type { Catalog } from '../../i18n/index.js';
import type { Fmt } from '../../i18n/fmt.js';
import { graphSvg } from './graph-svg.js';
import { MAX_DOTS, ringsSvg } from './rings.js';
import {
  dataTable,
  eventsTable,
  findingsList,
  introLists,
  legend,
  summary,
  type ReviewView,
} from './sections.js';
import { STYLE } from './style.js';
import { barChart, esc, lineChart } from './svg.js';

/** Scripts may not run, and nothing may be loaded from anywhere: the browser enforces what we promise. */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** JSON that is safe inside a <script> element. */
const inlineJson = (x: unknown) =>
  JSON.stringify(x)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The data the page draws, inline: the dots shown on each ring and the introductions, not every pair met at an event. */
function embedded(data: ReportData, review: ReviewView) {
  const intros = data.graph.edges.filter((e) => e.kind === 'introduced');
  const inIntros = new Set(intros.flatMap((e) => [e.from, e.to]));
  return {
    ...data,
    rings: data.rings.map((r) => ({
      ...r,
      total: r.people.length,
      people: r.people.slice(0, MAX_DOTS[r.ring]),
    })),
    graph: { nodes: data.graph.nodes.filter((n) => inIntros.has(n.id)), edges: intros },
    metTogether: data.graph.edges.length - intros.length,
    review,
  };
}

export function reportHtml(data: ReportData, review: ReviewView, t: Catalog, f: Fmt): string {
  const r = t.report;
  const monthLabel = (m: string) => t.format.monthInitials[Number(m.slice(5, 7)) - 1]!;
  const monthAxis = { labels: data.monthly.map((m) => monthLabel(m.month)), every: 1 };
  const monthly = barChart({
    id: 'monthly',
    title: r.monthlyTitle(),
    axis: monthAxis,
    keys: data.monthly.map((m) => m.month),
    series: [
      { cls: 'gives', label: r.gives(), values: data.monthly.map((m) => m.gives) },
      { cls: 'takes', label: r.takes(), values: data.monthly.map((m) => m.takes) },
    ],
    colon: t.cli.colon(),
  });
  const ties = lineChart({
    id: 'ties',
    title: r.tiesTitle(),
    axis: {
      labels: data.ties.map((x) => (x.day === data.today ? f.day(x.day) : r.monthYear(x.day.slice(0, 7)))),
      every: 6,
    },
    keys: data.ties.map((x) => x.day),
    series: [
      { cls: 'deep', label: r.deep(), values: data.ties.map((x) => x.deep) },
      { cls: 'shallow', label: r.shallow(), values: data.ties.map((x) => x.shallow) },
    ],
    colon: t.cli.colon(),
  });
  const pairs = data.graph.edges.filter((e) => e.kind === 'met-together').length;
  const hasIntros = data.graph.edges.some((e) => e.kind === 'introduced');
  const states = ['ok', 'soon', 'due', 'late', 'none'] as const;
  const body = [
    `<header><h1>${esc(r.title())}</h1><p>${esc(r.asOf({ date: t.format.longDay(data.today) }))}</p>${
      review.goal ? `<p>${esc(r.goal({ goal: review.goal }))}</p>` : ''
    }</header>`,
    summary(review, t, f),
    `<div class="pair"><section id="monthly"><h2>${esc(r.monthlyTitle())}</h2><p class="note">${esc(r.monthlyNote())}</p>${legend(
      [
        { cls: 'gives', label: r.gives() },
        { cls: 'takes', label: r.takes() },
      ],
    )}${monthly}<details><summary>${esc(r.dataTable())}</summary>${dataTable(
      [r.month(), r.gives(), r.takes()],
      data.monthly.map((m) => [m.month, m.gives, m.takes]),
    )}</details></section>`,
    `<section id="ties"><h2>${esc(r.tiesTitle())}</h2><p class="note">${esc(r.tiesNote())}</p>${legend([
      { cls: 'deep', label: r.deep() },
      { cls: 'shallow', label: r.shallow() },
    ])}${ties}<details><summary>${esc(r.dataTable())}</summary>${dataTable(
      [r.day(), r.deep(), r.shallow()],
      data.ties.map((x) => [x.day, x.deep, x.shallow]),
    )}</details></section></div>`,
    `<section id="rings"><h2>${esc(r.ringsTitle())}</h2><p class="note">${esc(r.ringsNote())}</p>${legend(
      states.map((s) => ({ cls: s, label: r.state[s] })),
    )}${ringsSvg(data.rings, t)}</section>`,
    `<section id="intros"><h2>${esc(r.introTitle())}</h2>${
      hasIntros
        ? `<p class="note">${esc(r.introNote({ pairs }))}</p>${legend([
            { cls: 'opener', label: r.openers() },
            { cls: 'unthanked', label: r.unthanked() },
          ])}<div class="scroll">${graphSvg(data.graph, t)}</div>${introLists(data.openers, data.unthanked, t)}`
        : `<p>${esc(r.noIntros())}</p>`
    }</section>`,
    `<section id="events"><h2>${esc(r.eventsTitle())}</h2><p class="note">${esc(r.eventsNote())}</p>${eventsTable(data.events, t, f)}</section>`,
    `<section id="findings"><h2>${esc(r.findingsTitle())}</h2>${findingsList(review, t)}</section>`,
    `<footer>${esc(r.footer({ date: t.format.longDay(data.today) }))}</footer>`,
  ].join('\n');
  return `<!doctype html>
<html lang="${r.lang}">
<head>
<meta charset="utf-8">
<meta name="generator" content="rel">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(`${r.title()} · ${t.format.longDay(data.today)}`)}</title>
<style>${STYLE}</style>
<script type="application/json" id="rel-data">${inlineJson(embedded(data, review))}</script>
</head>
<body>
${body}
</body>
</html>
`;
}
