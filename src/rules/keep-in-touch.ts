import { nextDue } from '../domain/cadence.js';
import { compareText } from '../domain/collate.js';
import { daysBetween } from '../domain/dates.js';
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
    const due = net.people
      .map((p) => ({ p, last: net.lastTouch(p.id), due: nextDue(p, net.lastTouch(p.id)) }))
      .filter((x): x is typeof x & { due: string } => x.due !== null && x.due <= ctx.today)
      .map((x) => ({ ...x, over: daysBetween(x.due, ctx.today) }))
      .sort((a, b) => b.over - a.over || compareText(a.p.name, b.p.name));
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
