import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'give-first',
    severity: 'warning',
    sources: ['A3', 'A4', 'A5'],
    defaults: { windowDays: 365 },
    priority: 50,
    group: 'asks',
    immediate: true,
  },
  evaluate(ctx) {
    const { net } = ctx;
    const from = net.since(ctx.options.windowDays);
    // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
    for (let n = 0; n < net.people.length; n++) {
      const p = net.people[n]!;
      // Only asks: an offered take is not one, and a sale is slash-and-burn's business.
      const asks = net.asksFrom(p.id);
      if (asks.length === 0) continue;
      const first = net.stats(p.id).firstGive;
      // Asks are in (date, id) order: when the first give came before the window's first ask, it
      // came before all of them (most people who ask: no lists made for them).
      let k = 0;
      while (k < asks.length && asks[k]!.date < from) k++;
      if (k === asks.length || asks[k]!.date > ctx.today) continue;
      const a = asks[k]!;
      if (first && (first.date < a.date || (first.date === a.date && first.id < a.id))) continue;
      const takes = asks.filter((t) => t.date >= from && t.date <= ctx.today);
      // A give logged earlier on the same day counts as before.
      const early = takes.filter(
        (t) => !first || !(first.date < t.date || (first.date === t.date && first.id < t.id)),
      );
      if (early.length === 0) continue;
      // One finding per early take, newest weighted first: the review keeps one per person.
      early.forEach((take, i) => {
        const data = {
          name: p.name,
          what: take.what,
          kind: take.kind,
          date: take.date,
          count: early.length,
          givenSince: net.giveCount(p.id, take.date, null),
        };
        ctx.report({
          messageId: data.givenSince === 0 ? 'nothingYet' : 'takeBeforeGive',
          data,
          move: { messageId: 'move', data },
          people: [p.id],
          refs: { ledgerIds: [take.id] },
          weight: early.length + i / 1000,
        });
      });
    }
  },
});
