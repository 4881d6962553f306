import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'pinpoint-prep',
    severity: 'tip',
    sources: ['A3'],
    defaults: {},
  },
  evaluate(ctx) {
    for (const p of ctx.net.people) {
      if (!p.target) continue;
      const missing = [
        p.prep.studied ? null : ('studied' as const),
        p.prep.give ? null : ('give' as const),
        p.prep.reason ? null : ('reason' as const),
      ].filter((x) => x !== null);
      const data = { name: p.name, missing };
      if (missing.length === 0) {
        ctx.report({ messageId: 'ready', data, move: { messageId: 'readyMove', data }, people: [p.id] });
      } else {
        ctx.report({ messageId: 'prep', data, move: { messageId: 'move', data }, people: [p.id] });
      }
    }
  },
});
