import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'keep-in-touch',
    severity: 'tip',
    sources: ['A5', 'A3'],
    defaults: {},
    priority: 110,
    today: false,
  },
  evaluate(ctx) {
    const { net } = ctx;
    // The same list the metrics count (Network.overdue), longest overdue first.
    const due = net.overdue();
    if (due.length === 0) return;
    const data = {
      people: due.slice(0, 5).map((x) => ({ name: x.p.name, over: x.over, last: x.last })),
      more: Math.max(0, due.length - 5),
    };
    ctx.report({
      messageId: 'due',
      data,
      move: { messageId: 'move', data },
      people: due.map((x) => x.p.id),
      weight: due[0]!.over + due.length,
    });
  },
});
