import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'taking-more-than-giving',
    severity: 'warning',
    sources: ['A3', 'A5'],
    defaults: {},
  },
  evaluate(ctx) {
    const { net } = ctx;
    const owed = net.people
      .map((p) => ({ p, gives: net.stats(p.id).gives, takes: net.stats(p.id).takes }))
      .filter((x) => x.takes > x.gives)
      .sort((a, b) => b.takes - b.gives - (a.takes - a.gives) || a.p.name.localeCompare(b.p.name));
    if (owed.length === 0) return;
    const data = {
      people: owed.slice(0, 3).map((x) => ({ name: x.p.name, gives: x.gives, takes: x.takes })),
      more: Math.max(0, owed.length - 3),
    };
    ctx.report({
      messageId: 'owe',
      data,
      move: { messageId: 'move', data },
      people: owed.map((x) => x.p.id),
      weight: owed.length,
    });
  },
});
