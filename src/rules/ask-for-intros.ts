import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'ask-for-intros',
    severity: 'tip',
    sources: ['A3', 'A4', 'A5'],
    defaults: { windowDays: 365, minPeople: 5, maxIntroPercent: 20, minEventPercent: 50 },
    priority: 160,
    recommends: true,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const fresh = net.metWithin(options.windowDays);
    if (fresh.length < options.minPeople) return;
    const byIntro = fresh.filter((p) => p.origin === 'intro').length;
    const atEvents = fresh.filter((p) => p.origin === 'event').length;
    if ((byIntro / fresh.length) * 100 >= options.maxIntroPercent) return;
    if ((atEvents / fresh.length) * 100 < options.minEventPercent) return;
    // Whom to ask: your deepest tie (most gives and takes both ways, recently in touch).
    const depth = (id: number) =>
      Math.min(net.stats(id).gives, 3 * net.stats(id).takes) + net.stats(id).gives / 100;
    const ask =
      [...net.deepTies().filter((p) => !ctx.avoid(p.id))].sort((a, b) => depth(b.id) - depth(a.id))[0] ??
      null;
    const data = {
      total: fresh.length,
      byIntro,
      atEvents,
      ask: ask?.name ?? null,
      lookingFor: ctx.profile.lookingFor ?? null,
    };
    ctx.report({
      messageId: 'intros',
      data,
      move: { messageId: 'move', data },
      people: ask ? [ask.id] : [],
    });
  },
});
