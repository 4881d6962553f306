import { daysBetween } from '../domain/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'one-sided',
    severity: 'info',
    sources: ['A1'],
    defaults: { minGives: 5, minSpanDays: 180 },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    for (const p of net.people) {
      const gives = net.givesTo(p.id);
      if (gives.length < options.minGives) continue;
      if (daysBetween(gives[0]!.date, gives[gives.length - 1]!.date) < options.minSpanDays) continue;
      if (net.takesFrom(p.id).length > 0 || net.hasInbound(p.id)) continue;
      ctx.report({
        messageId: 'oneWay',
        data: { name: p.name, gives: gives.length, since: gives[0]!.date },
        people: [p.id],
      });
    }
  },
});
