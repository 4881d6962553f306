/**
 * The coach: the whole pipeline from the database to worded advice, so `review`, `today` and the
 * findings a write reports are a few lines each. Load the window the rules look back over, run the
 * rules (recommenders last), word the findings, merge and cap them per person, pick the moves.
 * Everything a rule's metadata says (priority, group, whether `today` shows it, look-back, aims) is
 * read here and nowhere else.
 */
import type { Db } from '../db/open.js';
import { peopleAtLowYieldSince, personOfLedger } from '../db/repos/stats.js';
import { previousState } from '../db/history.js';
import { rangeCounts } from '../db/range-counts.js';
import { loadSnapshot } from '../db/snapshot.js';
import { addDays, type Day } from '../domain/dates.js';
import { LAZY, type Finding, type Focus } from '../domain/finding.js';
import { computeMetrics, monthsFrom, type Metrics, type MetricWindows } from '../domain/metrics.js';
import { Network } from '../domain/network.js';
import type { Lang } from '../domain/types.js';
import { makeFmt, type Fmt } from '../i18n/fmt.js';
import { catalog } from '../i18n/index.js';
import { aims, optionsFor, runOnNetwork, runRules, windowStart, type RulesConfig } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import type { RawFinding } from '../rules/types.js';
import { pickMoves, present, type Shown } from './present.js';
import { localize, moveText } from './word.js';

/** What the coach needs from a command's deps. */
export interface CoachDeps {
  db: Db;
  today: Day;
  lang: Lang;
  config: { rules: RulesConfig; currency: string };
}

/** One entry of the default review, worded: `rules` lists every rule merged into it. */
export interface ShownFinding extends Finding {
  rules: string[];
}

export interface Coaching {
  goal: string | null;
  /** `previous`: the same metrics as of 90 days ago. */
  metrics: Metrics & { previous: Metrics };
  /** What changed since then that a number alone does not say: who became a deep tie. */
  trend: { since: Day; newDeep: string[] };
  /** The aims the header shows, as configured. */
  aims: { ratio: number; deep: number };
  /** Every finding, most important first (`--all`, `--json`). */
  findings: Finding[];
  /** The default view: merged per person, at most two voices a person, the most important first. */
  shown: ShownFinding[];
  /** How many findings the default view leaves to `--all`. */
  hidden: number;
  /** How many of those are critical (counted under the critical ones shown). */
  hiddenCritical: number;
  /** Whether any finding is more than a note: the text view says "all clear" otherwise. */
  concerns: boolean;
  moves: string[];
  [LAZY]?: readonly string[];
}

function review(deps: CoachDeps): { net: Network; raw: RawFinding[] } {
  const snap = loadSnapshot(deps.db, { since: windowStart(deps.today, deps.config.rules) });
  const net = new Network(snap, deps.today);
  return { net, raw: runOnNetwork(net, deps.config.rules, { mode: 'review' }) };
}

/** The windows the review's metrics look back over: the ones the matching rules use. */
export function metricWindows(config: RulesConfig): MetricWindows {
  return {
    ratioDays: optionsFor('give-take-ratio', config).windowDays!,
    mixerDays: optionsFor('mixer-for-networking', config).windowDays!,
    newPeopleDays: optionsFor('ask-for-intros', config).windowDays!,
  };
}

/**
 * Today's metrics from the network. The rules' window reaches back past the chart's first month
 * unless every rule is set to look back less than ~9 months: the counts then come from the indexes,
 * as metrics.previous's do (db/metrics-at.ts), and the rules still see only their window.
 */
function metricsOf(db: Db, net: Network, config: RulesConfig): Metrics {
  const windows = metricWindows(config);
  const since = net.snap.since;
  const short = since !== null && since > monthsFrom(net.today);
  return computeMetrics(
    net,
    windows,
    short ? rangeCounts(db, net.today, net.since(windows.ratioDays)) : undefined,
  );
}

export function coach(deps: CoachDeps): Coaching {
  // One read transaction: metrics.previous looks up rows again after the network is loaded, and a
  // write landing in between (a back-dated give from another terminal) must not be half seen.
  const { net, raw, prev } = deps.db.transaction(() => {
    const r = review(deps);
    // The same metrics as of 90 days ago (db/metrics-at.ts).
    return { ...r, prev: previousState(deps.db, r.net, deps.today, metricWindows(deps.config.rules)) };
  })();
  const f = makeFmt(deps.lang, deps.today, deps.config.currency);
  const name = (id: number) => net.name(id);
  const { shown, hidden, hiddenCritical } = present(raw, net);
  let findings: Finding[] | undefined;
  const newDeep = net.deepTies().filter((p) => !prev.deep.has(p.id));
  return {
    goal: net.snap.profile.goal ?? null,
    metrics: { ...metricsOf(deps.db, net, deps.config.rules), previous: prev.metrics },
    trend: { since: prev.day, newDeep: newDeep.map((p) => p.name) },
    aims: aims(deps.config.rules),
    // Worded when read (--all, --json): the default view words only what it shows.
    get findings() {
      return (findings ??= raw.map((r) => localize(r, deps.lang, f, name)));
    },
    shown: shown.map((s) => word(s, net, deps.lang, f)),
    hidden,
    hiddenCritical,
    concerns: raw.some((r) => r.severity !== 'info'),
    moves: pickMoves(raw).map((r) => moveText(r, deps.lang, f)!),
    [LAZY]: ['findings'],
  };
}

function word(s: Shown, net: Network, lang: Lang, f: Fmt): ShownFinding {
  const base = localize(s.raw, lang, f, (id) => net.name(id));
  if (!s.merged) return { ...base, rules: [s.raw.rule] };
  const p = s.merged.person;
  const stats = net.stats(p);
  const takes = new Map(net.takesFrom(p).map((t) => [t.id, t]));
  const asks = s.merged.asks
    .map((id) => takes.get(id)!)
    .map((t) => ({ kind: t.kind, what: t.what, date: t.date }));
  const message = catalog(lang).review.asksMerged(
    { name: net.name(p), asks, total: stats.asks, gives: stats.gives },
    f,
  );
  return { ...base, message, rules: [...new Set(s.merged.rules)] };
}

/** The one finding that matters most today, among the rules `today` may show. */
export function todayFocus(deps: CoachDeps): Finding | null {
  const { net, raw } = review(deps);
  const first = raw.find((r) => r.severity !== 'info' && RULES[r.rule].meta.today !== false);
  return first
    ? localize(first, deps.lang, makeFmt(deps.lang, deps.today, deps.config.currency), (id) => net.name(id))
    : null;
}

/**
 * The findings a write triggers at once, about the records it just made. Only the people involved
 * are loaded: the person written about, or those met at recent low-yield events (which the mixer
 * and paid-club rules count), so a write stays fast however large the network grows.
 */
export function writeFindings(deps: CoachDeps, focus: Focus): Finding[] {
  if (!focus.ledgerIds?.length && !focus.eventIds?.length) return [];
  const people = new Set<number>(personOfLedger(deps.db, focus.ledgerIds ?? []));
  if (focus.eventIds?.length)
    for (const id of peopleAtLowYieldSince(deps.db, addDays(deps.today, -400), focus.eventIds))
      people.add(id);
  const snap = loadSnapshot(deps.db, {
    since: windowStart(deps.today, deps.config.rules),
    personIds: [...people],
    eventIds: focus.eventIds ?? [],
    // Only the event rules read events, and their findings are about events: kept only for a write
    // that made one. A give or take alone needs none (a tenth of a `rel give` on a large network).
    withEvents: (focus.eventIds?.length ?? 0) > 0,
  });
  const raw = runRules(snap, deps.today, deps.config.rules, { mode: 'write', focus });
  const f = makeFmt(deps.lang, deps.today, deps.config.currency);
  const names = new Map(snap.people.map((p) => [p.id, p.name]));
  return raw.map((r) => localize(r, deps.lang, f, (id) => names.get(id) ?? `#${id}`));
}
