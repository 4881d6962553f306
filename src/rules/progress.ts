import { daysBetween } from '../domain/dates.js';
import { defineRule } from './types.js';

/**
 * Progress noticed: trust takes years (A5), and seeing it grow keeps people going. A target met
 * (now give what you prepared), a give after a sale (a repair), a stopped run of mixers, a better
 * give : take ratio than 90 days ago.
 */
export default defineRule({
  meta: {
    id: 'progress',
    severity: 'info',
    sources: ['A5', 'A3'],
    defaults: { windowDays: 30, compareDays: 90 },
    priority: 215,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const recent = net.since(options.windowDays);
    for (const p of net.people) {
      // A want-to-meet target met lately: the prep is still there, so give what you prepared.
      if (!p.target && p.prep.give && p.met !== null && p.met >= recent && p.met <= ctx.today) {
        const given = net.givesTo(p.id).some((g) => g.date >= p.met!);
        if (!given) {
          const data = { name: p.name, date: p.met, give: p.prep.give };
          ctx.report({
            messageId: 'metTarget',
            data,
            severity: 'tip',
            move: { messageId: 'metTargetMove', data },
            people: [p.id],
          });
        }
      }
      // A give after a sale to the same person, with no sale since: a repair.
      const takes = net.takesFrom(p.id);
      let lastSale: (typeof takes)[number] | undefined;
      for (let i = takes.length - 1; i >= 0 && !lastSale; i--)
        if (takes[i]!.kind === 'sale' && takes[i]!.date <= ctx.today) lastSale = takes[i];
      if (lastSale) {
        const after = net.givesTo(p.id).filter((g) => g.date > lastSale.date && g.date <= ctx.today);
        if (after.length > 0 && after.at(-1)!.date >= recent)
          ctx.report({
            messageId: 'repair',
            data: { name: p.name, gives: after.length, sale: lastSale.date },
            people: [p.id],
          });
      }
    }
    // A stopped run of networking mixers: none in the last 90 days after two or more before.
    const quiet = net.networkingRooms(options.compareDays).length;
    const before = net.networkingRooms(365).filter((e) => e.date < net.since(options.compareDays)).length;
    if (quiet === 0 && before >= 2)
      ctx.report({ messageId: 'mixersStopped', data: { before, days: options.compareDays } });
    // The give : take ratio over the last year, against the same measure 90 days ago.
    const ratio = (end: string) => {
      const from = addYear(end);
      let gives = 0;
      let takes = 0;
      // Indexed loops, not for-of (domain/network.ts groupBy says why).
      const g = net.allGives();
      for (let i = 0; i < g.length; i++) if (g[i]!.date > from && g[i]!.date <= end) gives++;
      const t = net.allTakes();
      for (let i = 0; i < t.length; i++) if (t[i]!.date > from && t[i]!.date <= end) takes++;
      return takes === 0 ? null : { gives, takes, ratio: Math.round((gives / takes) * 10) / 10 };
    };
    const now = ratio(ctx.today);
    const then = ratio(net.since(options.compareDays));
    if (now && then && now.ratio >= then.ratio + 1)
      ctx.report({ messageId: 'ratioUp', data: { now, then, days: options.compareDays } });

    function addYear(end: string): string {
      return net.since(daysBetween(end, ctx.today) + 365);
    }
  },
});
