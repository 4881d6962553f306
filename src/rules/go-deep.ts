import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'go-deep',
    severity: 'tip',
    sources: ['A3', 'A4'],
    defaults: { aim: 5, picks: 3 },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const deep = net.deepTies().length;
    if (deep >= options.aim) return;
    const lastGive = (id: number) => net.stats(id).lastGive ?? '';
    // Ranked: you enjoy their company, a step ahead on your path, most recent gives.
    const picks = net.people
      .filter((p) => p.chemistry && !p.target && p.met !== null && !net.isDeep(p.id))
      .sort(
        (a, b) =>
          Number(b.ahead) - Number(a.ahead) ||
          (lastGive(a.id) < lastGive(b.id) ? 1 : lastGive(a.id) > lastGive(b.id) ? -1 : 0) ||
          net.stats(b.id).gives - net.stats(a.id).gives ||
          a.name.localeCompare(b.name),
      )
      .slice(0, options.picks);
    if (picks.length === 0) return;
    const data = { deep, aim: options.aim, picks: picks.map((p) => p.name) };
    ctx.report({
      messageId: deep === 0 ? 'noneYet' : 'few',
      data,
      move: { messageId: 'move', data },
      people: picks.map((p) => p.id),
      weight: options.aim - deep,
    });
  },
});
