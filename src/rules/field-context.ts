import { defineRule } from './types.js';

const TIES_BRING_WORK = ['it', 'web', 'design', 'writing', 'marketing'];

export default defineRule({
  meta: {
    id: 'field-context',
    severity: 'info',
    sources: ['A1'],
    defaults: {},
    priority: 240,
  },
  evaluate(ctx) {
    const field = ctx.profile.field;
    if (!field) return;
    const data = { field };
    if (TIES_BRING_WORK.includes(field)) ctx.report({ messageId: 'tiesBringWork', data });
    else if (field === 'sales') ctx.report({ messageId: 'sales', data });
    else ctx.report({ messageId: 'skillFirst', data });
  },
});
