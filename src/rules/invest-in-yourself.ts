import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'invest-in-yourself',
    severity: 'tip',
    sources: ['A1', 'A2', 'A5'],
    defaults: { windowDays: 90 },
    priority: 210,
  },
  evaluate(ctx) {
    const { net } = ctx;
    const canGive = (ctx.profile.canGive ?? []).filter((x) => x.trim() !== '');
    const from = net.since(ctx.options.windowDays);
    const recentGive = net.givesIn(from, ctx.today) > 0;
    if (canGive.length > 0 && recentGive) return;
    if (net.people.length === 0) return;
    const data = { canGive, days: ctx.options.windowDays };
    ctx.report({
      messageId: canGive.length === 0 ? 'nothingListed' : 'noRecentGive',
      data,
      move: { messageId: 'move', data },
    });
  },
});
