/** Text for bare `rel`. */
import type { TextCtx } from './text-ctx.js';
import type { StartResult } from '../commands/start.js';
import { todayText } from './remind.js';

export function startText(r: StartResult, ctx: TextCtx): string {
  const { t, theme } = ctx;
  if (!r.today) return `${theme.bold(t.cli.startTitle())}\n\n${t.cli.startEmpty()}`;
  return `${todayText(r.today, ctx)}\n\n${theme.dim(t.cli.startMore())}`;
}
