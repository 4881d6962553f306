import { daysBetween, nextBirthday } from '../domain/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'birthday-soon',
    severity: 'tip',
    sources: [],
    beyondArticles: true,
    defaults: { withinDays: 7 },
  },
  evaluate(ctx) {
    for (const p of ctx.net.people) {
      if (!p.birthday) continue;
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
