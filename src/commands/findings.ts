/** Turning rule output into worded findings for a command's result. */
import { loadSnapshot } from '../db/snapshot.js';
import type { Finding, Focus } from '../domain/finding.js';
import { makeFmt } from '../i18n/fmt.js';
import { localize } from '../output/localize.js';
import { runRules } from '../rules/engine.js';
import type { Deps } from './deps.js';

/** The findings a write triggers at once, about the records it just made. */
export function immediateFindings(deps: Deps, focus: Focus): Finding[] {
  if (!focus.ledgerIds?.length && !focus.eventIds?.length && !focus.introIds?.length) return [];
  const snap = loadSnapshot(deps.db);
  const raw = runRules(snap, deps.today, deps.config.rules, { mode: 'write', focus });
  const f = makeFmt(deps.lang, deps.today, deps.config.currency);
  const names = new Map(snap.people.map((p) => [p.id, p.name]));
  return raw.map((r) => localize(r, deps.lang, f, (id) => names.get(id) ?? `#${id}`));
}
