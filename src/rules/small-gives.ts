import type { LedgerKind } from '../domain/vocab.js';
import { defineRule } from './types.js';

/** Small gives to suggest, in order, when nothing better is known about a person. */
const IDEAS: LedgerKind[] = ['thanks', 'praise', 'listen', 'gift', 'feedback', 'promotion', 'attend'];

export default defineRule({
  meta: {
    id: 'small-gives',
    severity: 'tip',
    sources: ['A3', 'A4'],
    defaults: { windowDays: 30 },
    priority: 180,
    recommends: true,
  },
  evaluate(ctx) {
    const { net } = ctx;
    const from = net.since(ctx.options.windowDays);
    if (net.givesIn(from, ctx.today) > 0) return;
    // People you care about: deep ties, then those you enjoy and are a step ahead, then recent contact.
    const candidates = net.people
      .filter((p) => p.chemistry && !p.target && p.met !== null && !ctx.avoid(p.id))
      .map((p) => ({
        p,
        score: (net.isDeep(p.id) ? 4 : 0) + (p.ahead ? 2 : 0) + net.stats(p.id).gives / 10,
        last: net.lastTouch(p.id) ?? p.met!,
      }))
      .sort((a, b) => b.score - a.score || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0))
      .slice(0, 3);
    if (candidates.length === 0) return;
    const ideas = candidates.map(({ p }, i) => {
      // What they are working on now beats any generic idea.
      const need = net.needOf(p.id);
      if (need) return { name: p.name, idea: 'need' as const, about: need, again: false };
      // Thank them for what they last gave you: never for something you sold them.
      const last = net
        .takesFrom(p.id)
        .filter((t) => t.kind !== 'sale' && t.date <= ctx.today)
        .at(-1);
      if (!last) return { name: p.name, idea: IDEAS[i % IDEAS.length]!, about: null, again: false };
      const thanked = net.gaveSince(p.id, 'thanks', last.date);
      return { name: p.name, idea: 'thanks' as LedgerKind, about: last.what, again: thanked };
    });
    const data = { days: ctx.options.windowDays, ideas };
    ctx.report({
      messageId: 'none',
      data,
      move: { messageId: 'move', data },
      people: candidates.map((c) => c.p.id),
    });
  },
});
