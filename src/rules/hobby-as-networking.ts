import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'hobby-as-networking',
    severity: 'info',
    sources: ['A5', 'A3'],
    defaults: { windowDays: 180 },
    priority: 205,
  },
  evaluate(ctx) {
    const events = ctx.net
      .eventsWithin(ctx.options.windowDays)
      .filter((e) => e.kind === 'hobby' && e.purpose === 'networking');
    if (events.length === 0) return;
    const latest = events.reduce((a, b) => (b.date >= a.date ? b : a));
    ctx.report({
      messageId: 'forItself',
      data: { count: events.length, event: latest.name },
      refs: { eventIds: events.map((e) => e.id) },
    });
  },
});
