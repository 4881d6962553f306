/** Turning rule output into worded findings for a command's result. */
import { loadSnapshot } from '../db/snapshot.js';
import { peopleAtLowYieldSince, personOfLedger } from '../db/repos/stats.js';
import { addDays } from '../domain/dates.js';
import type { Finding, Focus } from '../domain/finding.js';
import { makeFmt } from '../i18n/fmt.js';
import { localize } from '../output/localize.js';
import { runRules, windowStart } from '../rules/engine.js';
import type { Deps } from './deps.js';

/**
 * The findings a write triggers at once, about the records it just made. Only the people involved
 * are loaded: the person written about, or those met at recent low-yield events (which the mixer
 * and paid-club rules count), so a write stays fast however large the network grows.
 */
export function immediateFindings(deps: Deps, focus: Focus): Finding[] {
  if (!focus.ledgerIds?.length && !focus.eventIds?.length) return [];
  const people = new Set<number>(personOfLedger(deps.db, focus.ledgerIds ?? []));
  if (focus.eventIds?.length)
    for (const id of peopleAtLowYieldSince(deps.db, addDays(deps.today, -400), focus.eventIds))
      people.add(id);
  const snap = loadSnapshot(deps.db, {
    since: windowStart(deps.today, deps.config.rules),
    personIds: [...people],
    eventIds: focus.eventIds ?? [],
  });
  const raw = runRules(snap, deps.today, deps.config.rules, { mode: 'write', focus });
  const f = makeFmt(deps.lang, deps.today, deps.config.currency);
  const names = new Map(snap.people.map((p) => [p.id, p.name]));
  return raw.map((r) => localize(r, deps.lang, f, (id) => names.get(id) ?? `#${id}`));
}
