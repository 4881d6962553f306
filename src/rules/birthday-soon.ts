import { addDays, daysBetween, nextBirthday } from '../domain/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'birthday-soon',
    severity: 'tip',
    sources: [],
    beyondArticles: true,
    defaults: { withinDays: 7 },
    priority: 130,
    today: false,
  },
  evaluate(ctx) {
    // The month-days of the coming window (29 Feb falls on 28 Feb in other years).
    const soon = new Set<string>();
    for (let i = 0; i <= ctx.options.withinDays && i < 366; i++) soon.add(addDays(ctx.today, i).slice(5));
    if (soon.has('02-28')) soon.add('02-29');
    for (const p of ctx.net.people) {
      if (!p.birthday || !soon.has(p.birthday.slice(-5))) continue;
      const next = nextBirthday(p.birthday, ctx.today);
      const inDays = daysBetween(ctx.today, next);
      if (inDays > ctx.options.withinDays) continue;
      const data = { name: p.name, date: next, inDays };
      ctx.report({
        messageId: 'soon',
        data,
        move: { messageId: 'move', data },
        people: [p.id],
        weight: 7 - inDays,
      });
    }
  },
});
