import { isLowYield } from '../domain/vocab.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'mixer-for-insight',
    severity: 'info',
    sources: ['A2', 'A5'],
    defaults: {},
    priority: 250,
    immediate: true,
    writeOnly: true,
  },
  evaluate(ctx) {
    for (const e of ctx.net.snap.events) {
      if (!isLowYield(e.kind) || e.purpose !== 'industry-insight') continue;
      ctx.report({
        messageId: 'lookAround',
        data: { event: e.name, met: e.people.length },
        people: e.people,
        refs: { eventIds: [e.id] },
      });
    }
  },
});
