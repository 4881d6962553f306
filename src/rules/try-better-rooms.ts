import { BETTER_ROOMS } from '../domain/vocab.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'try-better-rooms',
    severity: 'tip',
    sources: ['A1', 'A5', 'A4'],
    defaults: { windowDays: 180 },
    priority: 200,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    // Mixers attended to build a network: one for a look at other fields is not one of them.
    const low = net.networkingRooms(options.windowDays);
    if (low.length === 0) return;
    if (net.eventsWithin(options.windowDays).some((e) => BETTER_ROOMS.includes(e.kind))) return;
    const data = { lowYield: low.length, days: options.windowDays, goal: ctx.profile.goal ?? null };
    ctx.report({ messageId: 'rooms', data, move: { messageId: 'move', data }, weight: low.length });
  },
});
