import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'give-take-ratio',
    severity: 'varies',
    sources: ['A3'],
    defaults: { windowDays: 365, warnBelow: 3, aim: 10 },
    priority: 80,
    aims: { ratio: 'aim' },
    recommends: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const from = net.since(options.windowDays);
    const gives = net.givesIn(from, ctx.today);
    // A sale is slash-and-burn's alone: it is not a take the ratio weighs.
    const takes = net.takesWithin(from, ctx.today).filter((e) => e.kind !== 'sale');
    if (takes.length === 0) return;
    const ratio = Math.round((gives / takes.length) * 10) / 10;
    // What was offered unasked counts in the ratio but never makes it a warning: only the takes
    // you asked for can (being approached is the goal, A2).
    const asked = takes.filter((t) => !t.offered);
    // An attitude, not a quota (A3): point at the person you received from last, not at a count.
    // Never someone who offered unasked: the ratio is never a warning about them.
    const last = asked.at(-1);
    const person = last ? net.byId.get(last.personId) : undefined;
    const data = {
      gives,
      takes: takes.length,
      ratio,
      aim: options.aim,
      name: person?.name ?? null,
      what: last?.what ?? null,
    };
    if (ratio >= options.aim) {
      ctx.report({ messageId: 'wellDone', data, severity: 'info' });
      return;
    }
    const warn = asked.length > 0 && gives / asked.length < options.warnBelow;
    ctx.report({
      messageId: ratio < options.warnBelow ? 'low' : 'short',
      data,
      severity: warn ? 'warning' : 'tip',
      ...(person ? { move: { messageId: 'move' as const, data, people: [person.id] } } : {}),
      people: person ? [person.id] : [],
      weight: options.aim - ratio,
    });
  },
});
