/** Runs the rules over one snapshot: pure, data and today in, findings out, most important first. */
import { addDays, type Day } from '../domain/dates.js';
import { SEVERITIES, type Focus, type Severity } from '../domain/finding.js';
import { Network } from '../domain/network.js';
import type { Snapshot } from '../domain/snapshot.js';
import { RULE_IDS, RULES } from './index.js';
import type { RawFinding, Rule, RuleId } from './types.js';

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

/** How many findings may name one person before recommenders look elsewhere. */
export const PER_PERSON = 2;

/** The option keys of a rule that look back in time: its own list, or its `windowDays`. */
export function lookbackKeys(rule: Rule): readonly string[] {
  return rule.meta.lookback ?? ('windowDays' in rule.meta.defaults ? ['windowDays'] : []);
}

/**
 * The first day of rows a run needs: the longest window any rule is set to look back, plus 90 days
 * for runs of asks (info-taker) and gives before an early ask (too-soon-to-ask) that began before
 * it. Older history reaches the rules only as aggregates.
 */
export function windowStart(today: Day, config: RulesConfig): Day {
  let longest = 0;
  for (const id of RULE_IDS) {
    const o = optionsFor(id, config);
    for (const k of lookbackKeys(RULES[id])) longest = Math.max(longest, o[k] ?? 0);
  }
  return addDays(today, -(longest + 90));
}

export function optionsFor(id: RuleId, config: RulesConfig): Record<string, number> {
  const out: Record<string, number> = { ...RULES[id].meta.defaults };
  for (const [k, v] of Object.entries(config[id] ?? {})) if (typeof v === 'number' && k in out) out[k] = v;
  return out;
}

/** The aims the review header shows, as configured (RULES.md: the header shows the configured aims). */
export function aims(config: RulesConfig): { ratio: number; deep: number } {
  const out = { ratio: 10, deep: 5 };
  for (const id of RULE_IDS) {
    for (const [metric, key] of Object.entries(RULES[id].meta.aims ?? {}))
      out[metric as keyof typeof out] = optionsFor(id, config)[key]!;
  }
  return out;
}

export function runRules(snap: Snapshot, today: Day, config: RulesConfig, opts: RunOptions): RawFinding[] {
  return runOnNetwork(new Network(snap, today), config, opts);
}

/** Most important first: severity, then each rule's priority, then the rule's own weight. */
export function byImportance(a: RawFinding, b: RawFinding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    RULES[a.rule].meta.priority - RULES[b.rule].meta.priority ||
    b.weight - a.weight
  );
}

export function runOnNetwork(net: Network, config: RulesConfig, opts: RunOptions): RawFinding[] {
  const out: RawFinding[] = [];
  const active = RULE_IDS.filter((id) => {
    const rule = RULES[id];
    if (config[id]?.enabled === false) return false;
    if (opts.only && !opts.only.includes(id)) return false;
    if (opts.mode === 'review' && rule.meta.writeOnly) return false;
    return !(opts.mode === 'write' && !rule.meta.immediate);
  });
  // Recommenders run last, so they can skip people the other findings caution about.
  const avoid = new Set<number>();
  const phases = [
    active.filter((id) => !RULES[id].meta.recommends),
    active.filter((id) => RULES[id].meta.recommends),
  ];
  for (const [phase, ids] of phases.entries()) {
    if (phase === 1) for (const id of avoided(out)) avoid.add(id);
    for (const id of ids) evaluate(id, net, config, avoid, out);
  }
  const kept = opts.mode === 'write' ? out.filter((f) => touches(f.refs, opts.focus ?? {})) : out;
  return sortByImportance(kept);
}

/**
 * The order of `byImportance`, each finding's severity rank and rule priority read once rather than
 * in every comparison (a large review sorts ~3,000 findings, a huge one ~33,000). Array#sort is
 * stable, so sorting positions by the same comparison gives the same order.
 */
function sortByImportance(xs: readonly RawFinding[]): RawFinding[] {
  const n = xs.length;
  const severity = new Int32Array(n);
  const priority = new Float64Array(n);
  const weight = new Float64Array(n);
  const at: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const f = xs[i]!;
    severity[i] = SEVERITIES.indexOf(f.severity);
    priority[i] = RULES[f.rule].meta.priority;
    weight[i] = f.weight;
    at[i] = i;
  }
  at.sort((a, b) => severity[a]! - severity[b]! || priority[a]! - priority[b]! || weight[b]! - weight[a]!);
  return at.map((i) => xs[i]!);
}

function evaluate(
  id: RuleId,
  net: Network,
  config: RulesConfig,
  avoid: Set<number>,
  out: RawFinding[],
): void {
  const rule = RULES[id];
  rule.evaluate({
    net,
    profile: net.snap.profile,
    options: optionsFor(id, config),
    today: net.today,
    avoid: (person) => avoid.has(person),
    report(r) {
      const severity: Severity =
        r.severity ?? (rule.meta.severity === 'varies' ? 'info' : rule.meta.severity);
      const people = r.people ?? [];
      // Two literals with the keys in one order, rather than a spread per finding (~3,000 a review).
      out.push(
        r.move
          ? {
              rule: id,
              severity,
              messageId: r.messageId,
              data: r.data,
              move: {
                messageId: r.move.messageId,
                data: r.move.data,
                people: r.move.people ?? people.slice(0, 1),
              },
              people,
              sources: rule.meta.sources,
              refs: r.refs ?? {},
              weight: r.weight ?? 0,
            }
          : {
              rule: id,
              severity,
              messageId: r.messageId,
              data: r.data,
              people,
              sources: rule.meta.sources,
              refs: r.refs ?? {},
              weight: r.weight ?? 0,
            },
      );
    },
  });
}

/** People a recommender should not pick: cautioned about, or already named by two findings. */
function avoided(findings: readonly RawFinding[]): number[] {
  const count = new Map<number, number>();
  const out = new Set<number>();
  // Indexed loops and forEach, not for-of: run once, unoptimised, each iterator step is an object.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const meta = RULES[f.rule].meta;
    const people = f.people;
    if (meta.cautions) for (let j = 0; j < people.length; j++) out.add(people[j]!);
    if (meta.names === false || f.severity === 'info') continue;
    for (let j = 0; j < people.length; j++) count.set(people[j]!, (count.get(people[j]!) ?? 0) + 1);
  }
  count.forEach((n, id) => {
    if (n >= PER_PERSON) out.add(id);
  });
  return [...out];
}

function touches(refs: Focus, focus: Focus): boolean {
  const hit = (a?: number[], b?: number[]) => !!a && !!b && a.some((x) => b.includes(x));
  return (
    hit(refs.ledgerIds, focus.ledgerIds) ||
    hit(refs.eventIds, focus.eventIds) ||
    hit(refs.introIds, focus.introIds)
  );
}
