/** Text for `rel rules`: a catalogue, or one rule explained. */
import type { TextCtx } from './text-ctx.js';
import type { RuleInfo, RulesResult } from '../commands/rules.js';
import type { Severity } from '../domain/finding.js';
import { padEnd, width, wrap } from './width.js';

export function rulesText(r: RulesResult, ctx: TextCtx): string {
  return r.rules.length === 1 ? oneRule(r.rules[0]!, ctx) : catalogue(r.rules, ctx);
}

function sev(rule: RuleInfo, { t, theme }: TextCtx): string {
  if (rule.severity === 'varies') return t.rulesText.severityVaries();
  const s = rule.severity as Severity;
  return theme.severity[s](t.rulesText.severity[s]);
}

function catalogue(rules: RuleInfo[], ctx: TextCtx): string {
  const { t, theme } = ctx;
  const out = [theme.dim(t.rulesText.header()), ''];
  // Columns measured in terminal cells, so 状況による (10 cells) lines up with ヒント (6).
  const idCol = Math.max(...rules.map((r) => width(r.id))) + 1;
  const sevCol = Math.max(...rules.map((r) => width(sev(r, ctx))));
  for (const r of rules) {
    const tag = r.beyondArticles ? t.rulesText.beyond() : r.sources.map((s) => s.id).join(' ');
    out.push(
      `${padEnd(theme.bold(r.id), idCol)} ${padEnd(sev(r, ctx), sevCol)}  ${theme.dim(tag)}${r.enabled ? '' : theme.dim(t.rulesText.off())}`,
    );
    out.push(`  ${wrap(r.summary, ctx.width - 4, 2)}`);
  }
  return out.join('\n');
}

function oneRule(r: RuleInfo, ctx: TextCtx): string {
  const { t, theme } = ctx;
  const out = [`${theme.bold(r.id)} · ${sev(r, ctx)}${r.enabled ? '' : ` · ${t.rulesText.disabled()}`}`, ''];
  out.push(wrap(r.summary, ctx.width), '', wrap(r.why, ctx.width));
  if (r.immediate) out.push('', t.rulesText.immediate());
  if (r.writeOnly) out.push('', t.rulesText.writeOnly());
  out.push('', theme.dim(t.rulesText.sources()));
  if (r.beyondArticles) out.push(`  ${t.rulesText.beyond()}`);
  for (const s of r.sources) out.push(`  ${s.id}  ${s.title}`);
  const keys = Object.keys(r.thresholds);
  if (keys.length > 0) {
    out.push('', theme.dim(t.rulesText.thresholds()));
    for (const k of keys) out.push(`  ${padEnd(k, 20)} ${r.thresholds[k]}`);
    out.push(
      theme.dim(`  ${t.rulesText.configHint({ id: r.id, key: keys[0]!, value: r.thresholds[keys[0]!]! })}`),
    );
  }
  return out.join('\n');
}
