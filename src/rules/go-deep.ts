import type { RulePerson as Person } from '../domain/types.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'go-deep',
    severity: 'tip',
    sources: ['A3', 'A4'],
    defaults: { aim: 5, picks: 3 },
    priority: 140,
    recommends: true,
    aims: { deep: 'aim' },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const deep = net.deepTies().length;
    if (deep >= options.aim) return;
    // What the record says about a person: never someone with no history beyond the day you met.
    const score = (p: Person) => {
      const s = net.stats(p.id);
      const history = s.gives + s.takes + (s.lastTouch !== null && s.lastTouch > p.met! ? 1 : 0);
      if (history === 0) return 0;
      const close =
        p.origin === 'school' || p.origin === 'work' || p.circle === 'inner' || p.circle === 'close';
      const recent = s.lastTouch !== null && s.lastTouch >= net.since(90);
      return (
        (p.ahead ? 3 : 0) +
        (close ? 2 : 0) +
        Math.min(s.gives, 3) +
        Math.min(s.takes, 2) +
        (s.inbound ? 2 : 0) +
        (recent ? 1 : 0)
      );
    };
    const picks = net.people
      .filter((p) => p.chemistry && !p.target && p.met !== null && !net.isDeep(p.id) && !ctx.avoid(p.id))
      .map((p) => ({ p, score: score(p), last: net.lastTouch(p.id) ?? '' }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0))
      .slice(0, options.picks)
      .map((x) => x.p);
    if (picks.length === 0) return;
    const data = { deep, aim: options.aim, picks: picks.map((p) => p.name), need: net.needOf(picks[0]!.id) };
    ctx.report({
      messageId: deep === 0 ? 'noneYet' : 'few',
      data,
      move: { messageId: 'move', data },
      people: picks.map((p) => p.id),
      weight: options.aim - deep,
    });
  },
});
