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
    const met = new Set<number>();
    const fruitful = new Set<number>();
    for (const e of events) {
      for (const id of e.people) {
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
    };
    ctx.report({
      messageId: 'paid',
      data,
      move: { messageId: 'move', data },
      people: [...met],
      refs: { eventIds: events.map((e) => e.id) },
      weight: data.cost,
    });
  },
});
