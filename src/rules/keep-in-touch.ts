import { nextDue } from '../domain/cadence.js';
import { compareText } from '../domain/collate.js';
import { daysBetween, type Day } from '../domain/dates.js';
import type { RulePerson as Person } from '../domain/types.js';
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
    // One pass, an object only for those due (a few of 10,000 on a large network).
    const due: { p: Person; last: Day | null; due: Day; over: number }[] = [];
    for (const p of net.people) {
      const last = net.lastTouch(p.id);
      const day = nextDue(p, last);
      if (day !== null && day <= ctx.today)
        due.push({ p, last, due: day, over: daysBetween(day, ctx.today) });
    }
    due.sort((a, b) => b.over - a.over || compareText(a.p.name, b.p.name));
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
