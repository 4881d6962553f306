import { defineRule } from './types.js';
import { maxDay, minDay, sum } from './util.js';

export default defineRule({
  meta: {
    id: 'mixer-for-networking',
    severity: 'warning',
    sources: ['A1', 'A2', 'A3', 'A5'],
    defaults: { windowDays: 180 },
    priority: 30,
    names: false,
    immediate: true,
  },
  evaluate(ctx) {
    const events = ctx.net.mixersForNetworking(ctx.options.windowDays);
    if (events.length === 0) return;
    // People met today cannot have heard from you yet: count them apart.
    const { met, followed } = ctx.net.followedUp(events.filter((e) => e.date < ctx.today));
    const metToday = ctx.net
      .followedUp(events.filter((e) => e.date >= ctx.today))
      .met.filter((id) => !met.includes(id)).length;
    const latest = events.find((e) => e.date === maxDay(events.map((x) => x.date)))!;
    const data = {
      count: events.length,
      since: minDay(events.map((e) => e.date)),
      cost: sum(events.map((e) => e.cost)),
      hours: sum(events.map((e) => e.hours)),
      met: met.length,
      followed: followed.length,
      metToday,
      latest: latest.name,
      // Multi-level marketing is harmful, not merely low-yield (A1): said in stronger words.
      mlm: events.filter((e) => e.kind === 'mlm').at(-1)?.name ?? null,
    };
    ctx.report({
      messageId: data.mlm === null ? 'spent' : 'spentMlm',
      data,
      move: { messageId: 'move', data },
      people: met.filter((id) => !followed.includes(id)),
      refs: { eventIds: events.map((e) => e.id) },
      weight: events.length,
    });
  },
});
