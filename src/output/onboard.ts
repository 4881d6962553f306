/** Text for `rel onboard` and `rel target`. */
import type { TextCtx } from './text-ctx.js';
import type { DemoResult } from '../commands/demo.js';
import type { OnboardResult } from '../commands/onboard.js';
import { reviewText } from './review.js';
import { wrap } from './width.js';
import type { TargetResult } from '../commands/target.js';
import { catalog } from '../i18n/index.js';

export function onboardText(r: OnboardResult, ctx: TextCtx): string {
  const t = catalog(r.lang).onboard;
  const out: string[] = [];
  if (r.added.length) out.push(t.added({ names: r.added }));
  if (r.caution)
    out.push(`${ctx.theme.severity.critical(ctx.theme.mark.critical)} ${wrap(r.caution, 76, 2)}`, '');
  if (r.moves.length === 0) out.push(t.nothingYet());
  else {
    out.push(ctx.theme.bold(t.saved()));
    r.moves.forEach((m, i) => out.push(`  ${i + 1}. ${wrap(m, ctx.width, 5, { first: 5 })}`));
  }
  return out.join('\n');
}

export function targetText(r: TargetResult, { t, theme }: TextCtx): string {
  if (r.targets.length === 0) return t.cli.noTargets();
  const out: string[] = [];
  for (const x of r.targets) {
    out.push(`${theme.bold(x.name)}${theme.dim(t.cli.targetLabel())}`);
    const done = [x.prep.studied, x.prep.give, x.prep.reason];
    t.cli.showPrep(x.prep).forEach((line, i) => out.push(`  ${done[i] ? '☑' : '☐'} ${line}`));
  }
  return out.join('\n');
}

export function demoText(r: DemoResult, ctx: TextCtx): string {
  const footer = r.kept ? ctx.t.cli.demoKept({ path: r.kept }) : ctx.t.cli.demoFooter();
  return `${reviewText(r.review, ctx)}\n\n${ctx.theme.dim(wrap(footer, ctx.width))}`;
}
