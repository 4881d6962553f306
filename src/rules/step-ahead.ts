import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'step-ahead',
    severity: 'tip',
    sources: ['A4'],
    defaults: {},
    priority: 190,
  },
  evaluate(ctx) {
    const goal = ctx.profile.goal?.trim();
    if (!goal) return;
    if (ctx.net.people.some((p) => p.ahead)) return;
    const data = { goal, lookingFor: ctx.profile.lookingFor?.trim() || null };
    ctx.report({ messageId: 'noneAhead', data, move: { messageId: 'move', data } });
  },
});
