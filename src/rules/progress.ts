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
    // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      // A want-to-meet target met lately: the prep is still there, so give what you prepared.
      if (!p.target && p.prep.give && p.met !== null && p.met >= recent && p.met <= ctx.today) {
        const given = net.giveCount(p.id, p.met, null) > 0;
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
      const lastSale = net.lastSaleUpTo(p.id, ctx.today);
      if (lastSale) {
        // Gives after the sale (on its day or later, less those on its day), the latest of them in
        // the recent days.
        const sale = lastSale.date;
        const gives = net.giveCount(p.id, sale, ctx.today) - net.giveCount(p.id, sale, sale);
        if (gives > 0 && (recent <= sale || net.giveCount(p.id, recent, ctx.today) > 0))
          ctx.report({
            messageId: 'repair',
            data: { name: p.name, gives, sale: lastSale.date },
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
      // The year up to `end`: from the day after the same day a year before.
      const from = net.since(daysBetween(end, ctx.today) + 364);
      const gives = net.givesIn(from, end);
      const takes = net.takesIn(from, end);
      return takes === 0 ? null : { gives, takes, ratio: Math.round((gives / takes) * 10) / 10 };
    };
    const now = ratio(ctx.today);
    const then = ratio(net.since(options.compareDays));
    if (now && then && now.ratio >= then.ratio + 1)
      ctx.report({ messageId: 'ratioUp', data: { now, then, days: options.compareDays } });
  },
});
