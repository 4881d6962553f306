import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'taking-more-than-giving',
    severity: 'warning',
    sources: ['A3', 'A5'],
    defaults: {},
    priority: 100,
    group: 'asks',
  },
  evaluate(ctx) {
    const { net } = ctx;
    // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      const s = net.stats(p.id);
      if (s.takes <= s.gives) continue;
      if (s.asks > s.gives) {
        // Asks only: a sale is slash-and-burn's, and what they offered unasked is not a debt.
        const data = { name: p.name, gives: s.gives, asks: s.asks };
        ctx.report({
          messageId: 'owe',
          data,
          move: { messageId: 'move', data },
          people: [p.id],
          weight: s.asks - s.gives,
        });
        continue;
      }
      // They came to you with something unasked: that is the goal, not a debt. Thank them, give back.
      const offered = net.takesFrom(p.id).filter((t) => t.offered);
      const latest = offered[offered.length - 1];
      if (!latest || latest.date > ctx.today) continue;
      if (net.giveCount(p.id, latest.date, null) > 0) continue;
      const data = { name: p.name, what: latest.what, date: latest.date };
      ctx.report({
        messageId: 'offered',
        data,
        severity: 'tip',
        move: { messageId: 'thankMove', data },
        people: [p.id],
        refs: { ledgerIds: [latest.id] },
      });
    }
  },
});
