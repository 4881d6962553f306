import { defineRule } from './types.js';
import { minDay, sum } from './util.js';

export default defineRule({
  meta: {
    id: 'paid-club',
    severity: 'warning',
    sources: ['A3', 'A1'],
    defaults: { windowDays: 365 },
    priority: 70,
    names: false,
    cautions: true,
    immediate: true,
  },
  evaluate(ctx) {
    const { net } = ctx;
    const events = net
      .eventsWithin(ctx.options.windowDays)
      .filter((e) => e.kind === 'paid-club' && e.cost > 0);
    if (events.length === 0) return;
    // What came of it: people met there with a give or take after that meeting.
    // People met today cannot have given or received anything since: they are counted apart.
    const met = new Set<number>();
    const fruitful = new Set<number>();
    const metToday = new Set<number>();
    for (const e of events) {
      for (const id of e.people) {
        if (e.date >= ctx.today) {
          metToday.add(id);
          continue;
        }
        met.add(id);
        const last = net.stats(id).lastLedger;
        if (last !== null && last > e.date) fruitful.add(id);
      }
    }
    const data = {
      count: events.length,
      since: minDay(events.map((e) => e.date)),
      cost: sum(events.map((e) => e.cost)),
      met: met.size,
      fruitful: fruitful.size,
      club: events[events.length - 1]!.name,
      metToday: [...metToday].filter((id) => !met.has(id)).length,
    };
    ctx.report({
      messageId: 'paid',
      data,
      move: { messageId: 'move', data },
      people: [...new Set([...met, ...metToday])],
      refs: { eventIds: events.map((e) => e.id) },
      weight: data.cost,
    });
  },
});
