import { daysBetween } from '../domain/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'slash-and-burn',
    severity: 'critical',
    sources: ['A1'],
    defaults: { windowDays: 365 },
    priority: 10,
    cautions: true,
    immediate: true,
  },
  evaluate(ctx) {
    const { net } = ctx;
    const from = net.since(ctx.options.windowDays);
    const takes = net.takesWithin(from, ctx.today);
    for (let i = 0; i < takes.length; i++) {
      const sale = takes[i]!;
      if (sale.kind !== 'sale') continue;
      const p = net.byId.get(sale.personId);
      if (!p) continue;
      const close = p.origin === 'school' || p.origin === 'work';
      const data = { name: p.name, what: sale.what, date: sale.date, origin: p.origin };
      ctx.report({
        messageId: close ? 'soldToClose' : 'sold',
        data,
        move: { messageId: 'move', data },
        people: [p.id],
        refs: { ledgerIds: [sale.id] },
        // School and work ties first, then the newest sale.
        weight: (close ? 2 : 1) + daysBetween(from, sale.date) / 10000,
      });
    }
  },
});
