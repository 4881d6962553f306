import { BETTER_ROOMS } from '../domain/vocab.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'try-better-rooms',
    severity: 'tip',
    sources: ['A1', 'A5', 'A4'],
    defaults: { windowDays: 180 },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const low = net.lowYieldWithin(options.windowDays);
    if (low.length === 0) return;
    if (net.eventsWithin(options.windowDays).some((e) => BETTER_ROOMS.includes(e.kind))) return;
    const data = { lowYield: low.length, goal: ctx.profile.goal ?? null };
    ctx.report({ messageId: 'rooms', data, move: { messageId: 'move', data }, weight: low.length });
  },
});
