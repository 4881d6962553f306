import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'dont-force',
    severity: 'info',
    sources: ['A4'],
    defaults: { minGives: 3, windowDays: 90 },
    priority: 230,
    cautions: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const from = net.since(options.windowDays);
    // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      if (p.chemistry) continue;
      const gives = net.giveCount(p.id, from, ctx.today);
      if (gives < options.minGives) continue;
      ctx.report({
        messageId: 'forcing',
        data: { name: p.name, gives, days: options.windowDays },
        people: [p.id],
      });
    }
  },
});
