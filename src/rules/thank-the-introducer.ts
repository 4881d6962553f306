import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'thank-the-introducer',
    severity: 'tip',
    sources: ['A3'],
    defaults: { windowDays: 30 },
    priority: 120,
  },
  evaluate(ctx) {
    const { net } = ctx;
    const from = net.since(ctx.options.windowDays);
    for (const i of net.snap.intros) {
      if (i.date < from || i.date > ctx.today) continue;
      if (net.giveCount(i.introducerId, i.date, null) > 0) continue;
      const data = { introducer: net.name(i.introducerId), person: net.name(i.personId), date: i.date };
      ctx.report({
        messageId: 'thank',
        data,
        move: { messageId: 'move', data },
        people: [i.introducerId],
        refs: { introIds: [i.id] },
      });
    }
  },
});
