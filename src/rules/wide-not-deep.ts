import { isLowYield } from '../domain/vocab.js';
import type { RulePerson as Person } from '../domain/types.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'wide-not-deep',
    severity: 'warning',
    sources: ['A3', 'A4', 'A5'],
    defaults: { windowDays: 90, minPeople: 5, minFollowedPercent: 30 },
    priority: 90,
    recommends: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const lowYield = (p: Person) => {
      const e = p.originEventId === null ? undefined : net.eventsById.get(p.originEventId);
      return e !== undefined && isLowYield(e.kind);
    };
    const fresh = net.metWithin(options.windowDays).filter((p) => p.origin === 'event');
    // Going wide at mixers is the habit to drop; going wide at study groups and the like is the
    // recommended first step (A4, A5): at most a tip to follow up with one or two people there.
    for (const [group, severity] of [
      [fresh.filter(lowYield), 'warning'],
      [fresh.filter((p) => !lowYield(p)), 'tip'],
    ] as const) {
      if (group.length < options.minPeople) continue;
      const followed = group.filter((p) => net.touchedAfter(p.id, p.met!));
      if ((followed.length / group.length) * 100 >= options.minFollowedPercent) continue;
      // Worth following up first: a step ahead, then the most recent.
      const picks = group
        .filter((p) => !followed.includes(p) && p.chemistry && !ctx.avoid(p.id))
        .sort((a, b) => Number(b.ahead) - Number(a.ahead) || (b.met! < a.met! ? -1 : b.met! > a.met! ? 1 : 0))
        .slice(0, 2);
      const data = {
        met: group.length,
        followed: followed.length,
        days: options.windowDays,
        picks: picks.map((p) => p.name),
      };
      const good = severity === 'tip';
      ctx.report({
        messageId: good
          ? picks.length
            ? 'goodRooms'
            : 'goodRoomsNoPicks'
          : picks.length
            ? 'wide'
            : 'wideNoPicks',
        data,
        severity,
        ...(picks.length ? { move: { messageId: 'move' as const, data } } : {}),
        people: picks.map((p) => p.id),
        weight: group.length - followed.length,
      });
    }
  },
});
