import { addDays } from '../domain/dates.js';
import { defineRule } from './types.js';

/** Index of the first element of sorted `xs` greater than `x`. */
function upper(xs: readonly string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export default defineRule({
  meta: {
    id: 'info-taker',
    severity: 'warning',
    sources: ['A5', 'A2'],
    defaults: { minTakes: 3, withinDays: 90, windowDays: 365 },
    priority: 40,
    group: 'asks',
    immediate: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const from = net.since(options.windowDays);
    // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      const takes = net.asksFrom(p.id);
      if (takes.length < options.minTakes) continue;
      const takeDays = takes.map((t) => t.date);
      // From each take: the run of takes within the span that no give interrupts. The longest (the
      // latest of equals) is kept as its bounds and copied once: someone asked 150 times has 150 runs.
      let bestFrom = 0;
      let bestEnd = 0;
      for (let i = 0; i < takes.length; i++) {
        const start = takes[i]!.date;
        const nextGive = net.nextGiveAfter(p.id, start);
        let limit = addDays(start, options.withinDays);
        if (nextGive !== undefined && nextGive <= limit) limit = addDays(nextGive, -1);
        const end = upper(takeDays, limit);
        if (end - i >= options.minTakes && takes[end - 1]!.date >= from && end - i >= bestEnd - bestFrom) {
          bestFrom = i;
          bestEnd = end;
        }
      }
      if (bestEnd === bestFrom) continue;
      const best = takes.slice(bestFrom, bestEnd);
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
