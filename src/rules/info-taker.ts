import type { LedgerEntry } from '../domain/types.js';
import { daysBetween } from '../domain/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'info-taker',
    severity: 'warning',
    sources: ['A5', 'A2'],
    defaults: { minTakes: 3, withinDays: 90, windowDays: 365 },
    immediate: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const from = net.since(options.windowDays);
    for (const p of net.people) {
      const takes = net.takesFrom(p.id);
      if (takes.length < options.minTakes) continue;
      const gives = net.givesTo(p.id).map((g) => g.date);
      // The longest recent run of takes within the span, with no give on or between their dates.
      let best: LedgerEntry[] = [];
      for (let i = 0; i < takes.length; i++) {
        const run: LedgerEntry[] = [takes[i]!];
        for (let j = i + 1; j < takes.length; j++) {
          const t = takes[j]!;
          if (daysBetween(takes[i]!.date, t.date) > options.withinDays) break;
          if (gives.some((g) => g > takes[i]!.date && g <= t.date)) break;
          run.push(t);
        }
        if (run.length >= options.minTakes && run[run.length - 1]!.date >= from && run.length >= best.length)
          best = run;
      }
      if (best.length === 0) continue;
      const data = {
        name: p.name,
        count: best.length,
        since: best[0]!.date,
        kinds: [...new Set(best.map((t) => t.kind))],
        latest: best[best.length - 1]!.what,
      };
      ctx.report({
        messageId: 'asks',
        data,
        move: { messageId: 'move', data },
        people: [p.id],
        refs: { ledgerIds: best.map((t) => t.id) },
        weight: best.length,
      });
    }
  },
});
