/**
 * The introduction graph as a layered drawing: people nobody introduced on the left, each person one
 * column right of whoever introduced them; an arrow from introducer to introduced.
 */
import type { Graph } from '../../domain/graph.js';
import type { Catalog } from '../../i18n/index.js';
import { esc } from './svg.js';

/** Beyond this many people the drawing keeps only the busiest introducers and whom they introduced. */
const MAX_NODES = 60;
const COL = 190;
const ROW = 44;

export function graphSvg(g: Graph, t: Catalog): string {
  let intros = g.edges.filter((e) => e.kind === 'introduced');
  const ids = () => new Set(intros.flatMap((e) => [e.from, e.to]));
  if (ids().size > MAX_NODES) {
    const busiest = new Set(
      [...g.nodes]
        .filter((n) => n.opened > 0)
        .sort((a, b) => b.opened - a.opened || a.id - b.id)
        .map((n) => n.id),
    );
    const keep = new Set<number>();
    for (const id of busiest) {
      const mine = intros.filter((e) => e.from === id);
      if (keep.size + mine.length + 1 > MAX_NODES) break;
      keep.add(id);
      for (const e of mine) keep.add(e.to);
    }
    intros = intros.filter((e) => keep.has(e.from) && keep.has(e.to));
  }
  const nodes = g.nodes.filter((n) => ids().has(n.id));
  if (nodes.length === 0) return '';
  // Column: the longest chain of introductions leading to the person (cycles cut at the node count).
  const col = new Map(nodes.map((n) => [n.id, 0]));
  for (let pass = 0; pass < nodes.length; pass++) {
    let changed = false;
    for (const e of intros) {
      const next = Math.min((col.get(e.from) ?? 0) + 1, nodes.length);
      if (next > (col.get(e.to) ?? 0)) {
        col.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const columns: number[][] = [];
  for (const n of nodes) (columns[col.get(n.id)!] ??= []).push(n.id);
  const pos = new Map<number, [number, number]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  columns.forEach((list, c) => {
    list.sort(
      (a, b) =>
        byId.get(b)!.opened - byId.get(a)!.opened || byId.get(a)!.name.localeCompare(byId.get(b)!.name),
    );
    list.forEach((id, r) => pos.set(id, [20 + c * COL, 30 + r * ROW]));
  });
  const width = 40 + (columns.length - 1) * COL + 150;
  const height = 16 + Math.max(...columns.map((l) => l.length)) * ROW;
  const parts: string[] = [
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>',
  ];
  for (const e of intros) {
    const [x1, y1] = pos.get(e.from)!;
    const [x2, y2] = pos.get(e.to)!;
    parts.push(
      `<line class="edge" data-from="${e.from}" data-to="${e.to}" x1="${x1 + 8}" y1="${y1}" x2="${x2 - 8}" y2="${y2}" marker-end="url(#arrow)"><title>${esc(t.report.edgeTitle({ from: byId.get(e.from)!.name, to: byId.get(e.to)!.name, date: e.date ? t.format.longDay(e.date) : null }))}</title></line>`,
    );
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n.id)!;
    const cls = ['node', n.opened > 0 ? 'opener' : '', n.unthanked > 0 ? 'unthanked' : '']
      .filter(Boolean)
      .join(' ');
    parts.push(
      `<g class="${cls}" data-person="${n.id}" data-opened="${n.opened}" data-unthanked="${n.unthanked}"><circle cx="${x}" cy="${y}" r="${6 + Math.min(n.opened, 6)}"/><text x="${x - 8}" y="${y - 13}">${esc(n.name)}</text></g>`,
    );
  }
  return `<svg class="chart graph" data-chart="intros" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(t.report.introTitle())}">${parts.join('')}</svg>`;
}
