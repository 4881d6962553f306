/** Runs the rules over one snapshot: pure, data and today in, findings out. */
import { addDays, type Day } from '../domain/dates.js';
import { SEVERITIES, type Focus, type Severity } from '../domain/finding.js';
import { Network } from '../domain/network.js';
import type { Snapshot } from '../domain/snapshot.js';
import { RULE_IDS, RULES } from './index.js';
import type { RawFinding, RuleId } from './types.js';

export interface RuleConfig {
  enabled?: boolean;
  [threshold: string]: number | boolean | undefined;
}
export type RulesConfig = Partial<Record<string, RuleConfig>>;

export interface RunOptions {
  /** 'review' skips write-only rules; 'write' runs only immediate rules and keeps findings about `focus`. */
  mode: 'review' | 'write';
  focus?: Focus;
  /** Run only these rules (tests, `rel remind`). */
  only?: readonly RuleId[];
}

/** Within a severity, what a coach would raise first. */
export const PRIORITY: readonly string[] = [
  'slash-and-burn',
  'no-goal',
  'mixer-for-networking',
  'info-taker',
  'give-first',
  'too-soon-to-ask',
  'paid-club',
  'give-take-ratio',
  'wide-not-deep',
  'taking-more-than-giving',
  'keep-in-touch',
  'thank-the-introducer',
  'birthday-soon',
  'go-deep',
  'pinpoint-prep',
  'ask-for-intros',
  'cherish-your-circle',
  'small-gives',
  'step-ahead',
  'try-better-rooms',
  'invest-in-yourself',
  'one-sided',
  'dont-force',
  'field-context',
  'mixer-for-insight',
];

/**
 * The first day of rows a run needs: the longest window any rule is set to look back, plus 90 days
 * for runs of asks (info-taker) and gives before an early ask (too-soon-to-ask) that began before
 * it. Older history reaches the rules only as aggregates.
 */
export function windowStart(today: Day, config: RulesConfig): Day {
  let longest = 365;
  for (const id of RULE_IDS) {
    const o = optionsFor(id, config);
    for (const k of ['windowDays', 'withinDays', 'quietDays'])
      if (typeof o[k] === 'number') longest = Math.max(longest, o[k]!);
  }
  return addDays(today, -(longest + 90));
}

export function optionsFor(id: RuleId, config: RulesConfig): Record<string, number> {
  const out: Record<string, number> = { ...RULES[id].meta.defaults };
  for (const [k, v] of Object.entries(config[id] ?? {})) if (typeof v === 'number' && k in out) out[k] = v;
  return out;
}

export function runRules(snap: Snapshot, today: Day, config: RulesConfig, opts: RunOptions): RawFinding[] {
  const net = new Network(snap, today);
  return runOnNetwork(net, config, opts);
}

export function runOnNetwork(net: Network, config: RulesConfig, opts: RunOptions): RawFinding[] {
  const out: RawFinding[] = [];
  for (const id of RULE_IDS) {
    const rule = RULES[id];
    if (config[id]?.enabled === false) continue;
    if (opts.only && !opts.only.includes(id)) continue;
    if (opts.mode === 'review' && rule.meta.writeOnly) continue;
    if (opts.mode === 'write' && !rule.meta.immediate) continue;
    rule.evaluate({
      net,
      profile: net.snap.profile,
      options: optionsFor(id, config),
      today: net.today,
      report(r) {
        const severity: Severity =
          r.severity ?? (rule.meta.severity === 'varies' ? 'info' : rule.meta.severity);
        out.push({
          rule: id,
          severity,
          messageId: r.messageId,
          data: r.data,
          ...(r.move ? { move: { messageId: r.move.messageId, data: r.move.data } } : {}),
          people: r.people ?? [],
          sources: rule.meta.sources,
          refs: r.refs ?? {},
          weight: r.weight ?? 0,
        });
      },
    });
  }
  const kept = opts.mode === 'write' ? out.filter((f) => touches(f.refs, opts.focus ?? {})) : out;
  return kept.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      PRIORITY.indexOf(a.rule) - PRIORITY.indexOf(b.rule) ||
      b.weight - a.weight,
  );
}

function touches(refs: Focus, focus: Focus): boolean {
  const hit = (a?: number[], b?: number[]) => !!a && !!b && a.some((x) => b.includes(x));
  return (
    hit(refs.ledgerIds, focus.ledgerIds) ||
    hit(refs.eventIds, focus.eventIds) ||
    hit(refs.introIds, focus.introIds)
  );
}
