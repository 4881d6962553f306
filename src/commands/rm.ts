import { writeTx } from '../db/tx.js';
import { DataError, UsageError } from '../errors.js';
import { historyCount } from '../db/repos/stats.js';
import { deletePerson } from '../db/repos/people.js';
import type { Finding } from '../domain/finding.js';
import type { Deps } from './support/deps.js';
import { immediateFindings } from './support/findings.js';
import type { PersonRef } from './support/json.js';
import { resolvePerson } from './support/resolve.js';

export interface RmResult {
  removed: PersonRef;
  entries: number;
  findings: Finding[];
}

/** Removes a person and everything logged with them; asks first unless --yes. */
export async function rm(opts: { person: string; yes?: boolean }, deps: Deps): Promise<RmResult> {
  const { db, t } = deps;
  const p = resolvePerson(db, opts.person);
  const entries = historyCount(db, p.id);
  if (!opts.yes) {
    if (!deps.interactive) throw new UsageError('rmNeedsYes', { name: p.name });
    const ok = await deps.prompt.confirm(t.cli.confirmRemove({ name: p.name, entries }), false);
    if (!ok) throw new DataError('rmCancelled', { name: p.name });
  }
  writeTx(db, () => deletePerson(db, p.id));
  return { removed: { id: p.id, name: p.name }, entries, findings: immediateFindings(deps, {}) };
}
