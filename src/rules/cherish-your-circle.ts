import type { Day } from '../domain/dates.js';
import type { RulePerson as Person } from '../domain/types.js';
import { defineRule } from './types.js';
import { firstK } from './util.js';

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
    // One pass over everyone (10,000 on a large network), not a chain of lists.
    const quiet: { p: Person; last: Day | null }[] = [];
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      if (!p.chemistry || p.target) continue;
      if (!(p.origin === 'school' || p.origin === 'work' || circleEvent.has(p.id))) continue;
      if (ctx.avoid(p.id)) continue;
      // Known long enough to have gone quiet: not someone met (or added) in the last quietDays.
      if (p.met === null || p.met >= quietSince) continue;
      const last = net.lastTouch(p.id);
      if (last === null || last < quietSince) quiet.push({ p, last });
    }
    const picks = firstK(
      quiet,
      3,
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
      picks: picks.map((x) => x.p.name),
      days: options.quietDays,
    };
    ctx.report({
      messageId: mixers > 0 ? 'circleMixers' : 'circle',
      data,
      move: { messageId: 'move', data },
      people: picks.map((x) => x.p.id),
    });
  },
});
