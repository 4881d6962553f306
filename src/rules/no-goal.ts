import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'no-goal',
    severity: 'warning',
    sources: ['A4', 'A5', 'A3'],
    defaults: {},
    priority: 20,
  },
  evaluate(ctx) {
    if (ctx.profile.goal?.trim()) return;
    const data = { hasLookingFor: Boolean(ctx.profile.lookingFor?.trim()) };
    ctx.report({ messageId: 'noGoal', data, move: { messageId: 'move', data }, weight: 10 });
  },
});
