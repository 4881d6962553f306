import { isLowYield } from '../domain/vocab.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'wide-not-deep',
    severity: 'warning',
    sources: ['A3', 'A4', 'A5'],
    defaults: { windowDays: 90, minPeople: 5, minFollowedPercent: 30 },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const fresh = net.metWithin(options.windowDays).filter((p) => p.origin === 'event');
    if (fresh.length < options.minPeople) return;
    const followed = fresh.filter((p) => net.touchedAfter(p.id, p.met!));
    if ((followed.length / fresh.length) * 100 >= options.minFollowedPercent) return;
    // Worth following up first: a step ahead, then met in a good room, then the most recent.
    const goodRoom = (id: number) => {
      const p = net.byId.get(id)!;
      const e = p.originEventId === null ? undefined : net.eventsById.get(p.originEventId);
      return e !== undefined && !isLowYield(e.kind);
    };
    const picks = fresh
      .filter((p) => !followed.includes(p) && p.chemistry)
      .sort(
        (a, b) =>
          Number(b.ahead) - Number(a.ahead) ||
          Number(goodRoom(b.id)) - Number(goodRoom(a.id)) ||
          (b.met! < a.met! ? -1 : b.met! > a.met! ? 1 : 0),
      )
      .slice(0, 3);
    const data = {
      met: fresh.length,
      followed: followed.length,
      days: options.windowDays,
      picks: picks.map((p) => p.name),
    };
    ctx.report({
      messageId: picks.length ? 'wide' : 'wideNoPicks',
      data,
      ...(picks.length ? { move: { messageId: 'move' as const, data } } : {}),
      people: picks.map((p) => p.id),
      weight: fresh.length - followed.length,
    });
  },
});
