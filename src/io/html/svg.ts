/**
 * Hand-written SVG charts for the report: drawn once, in Node, into the page. No library and no
 * script: the page shows the same thing with scripts off, prints as vectors, and carries each data
 * point as attributes (data-*) and a <title> that a reader hovers or a screen reader reads.
 */
export const esc = (s: string | number): string =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A "nice" top for an axis: 1, 2, 5 × 10^k at or above max. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max)!;
}

export interface Axis {
  labels: string[];
  /** Show every nth label (the rest are ticks only). */
  every: number;
}

const W = 640;
const H = 220;
const PAD = { l: 36, r: 8, t: 10, b: 28 };

function frame(max: number, axis: Axis, slot: number): string {
  const parts: string[] = [];
  for (const f of Number.isInteger(max / 2) ? [0, 0.5, 1] : [0, 1]) {
    const y = r1(PAD.t + (H - PAD.t - PAD.b) * (1 - f));
    parts.push(`<line class="grid" x1="${PAD.l}" x2="${W - PAD.r}" y1="${y}" y2="${y}"/>`);
    parts.push(
      `<text class="tick" x="${PAD.l - 4}" y="${y + 4}" text-anchor="end">${esc(r1(max * f))}</text>`,
    );
  }
  axis.labels.forEach((l, i) => {
    if (i % axis.every !== 0) return;
    const x = r1(PAD.l + slot * (i + 0.5));
    // Long labels at the ends are anchored inwards so they are not cut off.
    const long = axis.every > 1;
    const anchor = long && i === 0 ? 'start' : long && i === axis.labels.length - 1 ? 'end' : 'middle';
    const at = anchor === 'start' ? PAD.l : anchor === 'end' ? W - PAD.r : x;
    parts.push(`<text class="tick" x="${at}" y="${H - 8}" text-anchor="${anchor}">${esc(l)}</text>`);
  });
  return parts.join('');
}

/** Side-by-side bars per slot: one series per class name. */
export function barChart(opts: {
  id: string;
  title: string;
  axis: Axis;
  series: { cls: string; label: string; values: number[] }[];
  keys: string[];
  /** The language's colon between a series and its value in a tooltip (': ' or '：'). */
  colon: string;
}): string {
  const n = opts.axis.labels.length;
  const max = niceMax(Math.max(0, ...opts.series.flatMap((s) => s.values)));
  const slot = (W - PAD.l - PAD.r) / Math.max(1, n);
  const bw = (slot * 0.8) / opts.series.length;
  const plotH = H - PAD.t - PAD.b;
  const bars: string[] = [];
  for (let i = 0; i < n; i++) {
    opts.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const h = r1((v / max) * plotH);
      const x = r1(PAD.l + slot * i + slot * 0.1 + bw * k);
      bars.push(
        `<rect class="bar ${s.cls}" data-key="${esc(opts.keys[i] ?? '')}" data-series="${s.cls}" data-value="${v}" x="${x}" y="${r1(H - PAD.b - h)}" width="${r1(bw)}" height="${h}"><title>${esc(opts.axis.labels[i] ?? '')} · ${esc(s.label)}${esc(opts.colon)}${v}</title></rect>`,
      );
    });
  }
  return `<svg class="chart" data-chart="${opts.id}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(opts.title)}">${frame(max, opts.axis, slot)}${bars.join('')}</svg>`;
}

/** Lines through one point per slot: one series per class name. */
export function lineChart(opts: {
  id: string;
  title: string;
  axis: Axis;
  series: { cls: string; label: string; values: number[] }[];
  keys: string[];
  /** The language's colon between a series and its value in a tooltip (': ' or '：'). */
  colon: string;
}): string {
  const n = opts.axis.labels.length;
  const max = niceMax(Math.max(0, ...opts.series.flatMap((s) => s.values)));
  const slot = (W - PAD.l - PAD.r) / Math.max(1, n);
  const plotH = H - PAD.t - PAD.b;
  const xy = (i: number, v: number) => [r1(PAD.l + slot * (i + 0.5)), r1(H - PAD.b - (v / max) * plotH)];
  const out: string[] = [];
  for (const s of opts.series) {
    const pts = s.values.map((v, i) => xy(i, v).join(',')).join(' ');
    out.push(`<polyline class="line ${s.cls}" points="${pts}"/>`);
    s.values.forEach((v, i) => {
      const [x, y] = xy(i, v);
      out.push(
        `<circle class="point ${s.cls}" data-key="${esc(opts.keys[i] ?? '')}" data-series="${s.cls}" data-value="${v}" cx="${x}" cy="${y}" r="3"><title>${esc(opts.axis.labels[i] ?? '')} · ${esc(s.label)}${esc(opts.colon)}${v}</title></circle>`,
      );
    });
  }
  return `<svg class="chart" data-chart="${opts.id}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(opts.title)}">${frame(max, opts.axis, slot)}${out.join('')}</svg>`;
}
