import { loadSnapshot } from '../db/snapshot.js';
import type { Day } from '../domain/dates.js';
import type { Finding } from '../domain/finding.js';
import { computeMetrics, type Metrics } from '../domain/metrics.js';
import { Network } from '../domain/network.js';
import { makeFmt } from '../i18n/fmt.js';
import { localize, moveText } from '../output/localize.js';
import { runOnNetwork, windowStart } from '../rules/engine.js';
import type { Deps } from './deps.js';

export interface ReviewResult {
  now: Day;
  goal: string | null;
  metrics: Metrics;
  findings: Finding[];
  /** Up to three next steps drawn from the findings, most pressing first. */
  moves: string[];
}

export async function review(_opts: object, deps: Deps): Promise<ReviewResult> {
  const snap = loadSnapshot(deps.db, { since: windowStart(deps.today, deps.config.rules) });
  const net = new Network(snap, deps.today);
  const raw = runOnNetwork(net, deps.config.rules, { mode: 'review' });
  const f = makeFmt(deps.lang, deps.today, deps.config.currency);
  // One finding per rule and set of people: the strongest (rules report newest or weightiest first).
  const seen = new Set<string>();
  const unique = raw.filter((r) => {
    const key = `${r.rule}:${[...r.people].sort((a, b) => a - b).join(',')}`;
    if (r.people.length > 0 && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const findings = unique.map((r) => localize(r, deps.lang, f, (id) => net.name(id)));
  const moves = unique
    .filter((r) => r.move && r.severity !== 'info')
    .map((r) => moveText(r, deps.lang, f)!)
    .filter((m, i, all) => all.indexOf(m) === i)
    .slice(0, 3);
  return { now: deps.today, goal: snap.profile.goal ?? null, metrics: computeMetrics(net), findings, moves };
}
