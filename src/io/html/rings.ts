/** The circles as concentric rings: inner at the centre, people with no rhythm outermost; a dot per person. */
import type { ReportData, Ring } from '../../domain/report.js';
import type { Catalog } from '../../i18n/index.js';
import { esc } from './svg.js';

const SIZE = 440;
/** An empty arc at the top of each ring, where its label sits. */
const GAP = Math.PI / 2.5;
const C = SIZE / 2;
const RADIUS: Record<Ring, number> = { inner: 50, close: 90, active: 130, wider: 170, none: 205 };
/** At most this many dots on a ring; the rest are counted under the drawing. */
export const MAX_DOTS: Record<Ring, number> = { inner: 24, close: 48, active: 72, wider: 96, none: 120 };

export function ringsSvg(rings: ReportData['rings'], t: Catalog): string {
  const parts: string[] = [];
  for (const { ring, people } of rings) {
    const r = RADIUS[ring];
    parts.push(`<circle class="ring ring-${ring}" cx="${C}" cy="${C}" r="${r}"/>`);
    const shown = people.slice(0, MAX_DOTS[ring]);
    shown.forEach((p, i) => {
      // A gap at the top keeps the ring's label clear of the dots.
      const a = -Math.PI / 2 + GAP / 2 + ((i + 0.5) * (2 * Math.PI - GAP)) / shown.length;
      const x = Math.round((C + r * Math.cos(a)) * 10) / 10;
      const y = Math.round((C + r * Math.sin(a)) * 10) / 10;
      parts.push(
        `<circle class="dot ${p.state}" data-ring="${ring}" data-person="${p.id}" data-state="${p.state}" cx="${x}" cy="${y}" r="6"><title>${esc(t.report.dotTitle({ name: p.name, days: p.daysOver }))}</title></circle>`,
      );
    });
    const label = t.report.ringCount({ ring: t.report.ring[ring], n: people.length });
    parts.push(
      `<text class="ring-label" x="${C}" y="${C - r + (ring === 'inner' ? 18 : 16)}" text-anchor="middle">${esc(label)}</text>`,
    );
  }
  const hidden = rings
    .filter((r) => r.people.length > MAX_DOTS[r.ring])
    .map(
      (r) =>
        `${t.report.ring[r.ring]}${t.cli.colon()}${t.report.moreDots({ n: r.people.length - MAX_DOTS[r.ring] })}`,
    );
  const note = hidden.length ? `<p class="note">${esc(hidden.join(' · '))}</p>` : '';
  return `<svg class="chart rings" data-chart="rings" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${esc(t.report.ringsTitle())}">${parts.join('')}</svg>${note}`;
}
