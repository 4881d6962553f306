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
    const inWindow = (d: string) => d >= from && d <= ctx.today;
    const gives = net.allGives().filter((e) => inWindow(e.date)).length;
    const takes = net.allTakes().filter((e) => inWindow(e.date));
    if (takes.length === 0) return;
    const ratio = Math.round((gives / takes.length) * 10) / 10;
    // An attitude, not a quota (A3): point at the person you received from last, not at a count.
    // Never someone who offered unasked or was sold to: the ratio is never a warning about them.
    const last = takes.filter((t) => t.kind !== 'sale' && !t.offered).at(-1);
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
    const low = ratio < options.warnBelow;
    ctx.report({
      messageId: low ? 'low' : 'short',
      data,
      severity: low ? 'warning' : 'tip',
      ...(person ? { move: { messageId: 'move' as const, data, people: [person.id] } } : {}),
      people: person ? [person.id] : [],
      weight: options.aim - ratio,
    });
  },
});
