import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'cherish-your-circle',
    severity: 'tip',
    sources: ['A3', 'A1', 'A5'],
    defaults: { quietDays: 180, windowDays: 180 },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const mixers = net.lowYieldWithin(options.windowDays);
    if (mixers.length === 0) return;
    const circleEvent = new Set(
      net.snap.events.filter((e) => e.kind === 'in-house' || e.kind === 'alumni').flatMap((e) => e.people),
    );
    const quietSince = net.since(options.quietDays);
    const quiet = net.people
      .filter((p) => p.origin === 'school' || p.origin === 'work' || circleEvent.has(p.id))
      .filter((p) => p.chemistry && !p.target)
      .map((p) => ({ p, last: net.lastTouch(p.id) }))
      .filter((x) => x.last === null || x.last < quietSince)
      .sort(
        (a, b) =>
          Number(b.p.ahead) - Number(a.p.ahead) ||
          ((a.last ?? '') < (b.last ?? '') ? -1 : (a.last ?? '') > (b.last ?? '') ? 1 : 0),
      );
    if (quiet.length === 0) return;
    const data = {
      mixers: mixers.length,
      quiet: quiet.length,
      picks: quiet.slice(0, 3).map((x) => x.p.name),
      days: options.quietDays,
    };
    ctx.report({
      messageId: 'circle',
      data,
      move: { messageId: 'move', data },
      people: quiet.slice(0, 3).map((x) => x.p.id),
    });
  },
});
