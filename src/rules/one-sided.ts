import { daysBetween } from '../domain/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'one-sided',
    severity: 'info',
    sources: ['A1'],
    defaults: { minGives: 5, minSpanDays: 180 },
    priority: 220,
    cautions: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      const s = net.stats(p.id);
      // Anything back (most people) rules them out before any date is read.
      if (s.takes > 0 || s.inbound) continue;
      if (s.gives < options.minGives || !s.firstGive || !s.lastGive) continue;
      if (daysBetween(s.firstGive.date, s.lastGive) < options.minSpanDays) continue;
      ctx.report({
        messageId: 'oneWay',
        data: { name: p.name, gives: s.gives, since: s.firstGive.date },
        people: [p.id],
      });
    }
  },
});
