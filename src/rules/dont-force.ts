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
    for (const p of net.people) {
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
