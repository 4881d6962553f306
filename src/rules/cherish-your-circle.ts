import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'cherish-your-circle',
    severity: 'tip',
    sources: ['A3', 'A1', 'A5'],
    defaults: { quietDays: 180, windowDays: 180 },
    priority: 170,
    recommends: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const circleEvent = new Set(
      net.snap.events.filter((e) => e.kind === 'in-house' || e.kind === 'alumni').flatMap((e) => e.people),
    );
    const quietSince = net.since(options.quietDays);
    const quiet = net.people
      .filter((p) => p.origin === 'school' || p.origin === 'work' || circleEvent.has(p.id))
      .filter((p) => p.chemistry && !p.target && !ctx.avoid(p.id))
      // Known long enough to have gone quiet: not someone met (or added) in the last quietDays.
      .filter((p) => p.met !== null && p.met < quietSince)
      .map((p) => ({ p, last: net.lastTouch(p.id) }))
      .filter((x) => x.last === null || x.last < quietSince)
      .sort(
        (a, b) =>
          Number(b.p.ahead) - Number(a.p.ahead) ||
          ((a.last ?? '') < (b.last ?? '') ? -1 : (a.last ?? '') > (b.last ?? '') ? 1 : 0),
      );
    if (quiet.length === 0) return;
    // The comparison with mixers is a second sentence, only when there was one.
    const mixers = net.networkingRooms(options.windowDays).length;
    const data = {
      mixers,
      quiet: quiet.length,
      picks: quiet.slice(0, 3).map((x) => x.p.name),
      days: options.quietDays,
    };
    ctx.report({
      messageId: mixers > 0 ? 'circleMixers' : 'circle',
      data,
      move: { messageId: 'move', data },
      people: quiet.slice(0, 3).map((x) => x.p.id),
    });
  },
});
