import { daysBetween } from '../domain/dates.js';
import { defineRule } from './types.js';

const ASKS = ['referral', 'intro', 'advice'];

export default defineRule({
  meta: {
    id: 'too-soon-to-ask',
    severity: 'warning',
    sources: ['A4', 'A5'],
    defaults: { minDaysKnown: 30, minGives: 3, windowDays: 365 },
    priority: 60,
    group: 'asks',
    immediate: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const from = net.since(options.windowDays);
    const takes = net.takesWithin(from, ctx.today);
    for (let i = 0; i < takes.length; i++) {
      const t = takes[i]!;
      if (!ASKS.includes(t.kind) || t.offered) continue;
      const p = net.byId.get(t.personId);
      if (!p?.met) continue;
      const known = daysBetween(p.met, t.date);
      if (known < 0 || known >= options.minDaysKnown) continue;
      const gives = net.giveCount(p.id, null, t.date);
      if (gives >= options.minGives) continue;
      const data = { name: p.name, kind: t.kind, what: t.what, days: known, gives };
      ctx.report({
        messageId: 'early',
        data,
        move: { messageId: 'move', data },
        people: [p.id],
        refs: { ledgerIds: [t.id] },
      });
    }
  },
});
