import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'pinpoint-prep',
    severity: 'tip',
    sources: ['A3', 'A5'],
    defaults: { minPeerDeep: 2 },
    priority: 150,
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const targets = net.people.filter((p) => p.target);
    for (const p of targets) {
      const missing = [
        p.prep.studied ? null : ('studied' as const),
        p.prep.give ? null : ('give' as const),
        p.prep.reason ? null : ('reason' as const),
      ].filter((x) => x !== null);
      const data = { name: p.name, missing };
      if (missing.length === 0) {
        ctx.report({ messageId: 'ready', data, move: { messageId: 'readyMove', data }, people: [p.id] });
      } else {
        ctx.report({ messageId: 'prep', data, move: { messageId: 'move', data }, people: [p.id] });
      }
    }
    // Start from your own level (A5): reaching only upward, with few deep ties among peers.
    if (targets.length === 0) return;
    const peerDeep = net.deepTies().filter((p) => !p.ahead).length;
    if (peerDeep >= options.minPeerDeep) return;
    ctx.report({
      messageId: 'ownLevel',
      data: { targets: targets.map((p) => p.name), peerDeep },
      people: targets.map((p) => p.id),
    });
  },
});
