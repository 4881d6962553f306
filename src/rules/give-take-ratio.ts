import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'give-take-ratio',
    severity: 'varies',
    sources: ['A3'],
    defaults: { windowDays: 365, warnBelow: 3, aim: 10 },
  },
  evaluate(ctx) {
    const { net, options } = ctx;
    const from = net.since(options.windowDays);
    const inWindow = (d: string) => d >= from && d <= ctx.today;
    const gives = net.allGives().filter((e) => inWindow(e.date)).length;
    const takes = net.allTakes().filter((e) => inWindow(e.date)).length;
    if (takes === 0) return;
    const ratio = Math.round((gives / takes) * 10) / 10;
    const data = { gives, takes, ratio, aim: options.aim, more: Math.max(0, options.aim * takes - gives) };
    if (ratio >= options.aim) {
      ctx.report({ messageId: 'wellDone', data, severity: 'info' });
    } else {
      ctx.report({
        messageId: ratio < options.warnBelow ? 'low' : 'short',
        data,
        severity: ratio < options.warnBelow ? 'warning' : 'tip',
        move: { messageId: 'move', data },
        weight: options.aim - ratio,
      });
    }
  },
});
