/** `rel today`: the daily digest: who to reconnect with, birthdays, and the one finding that matters most. */
import { lastActivityFor } from '../db/repos/stats.js';
import { loadSnapshot } from '../db/snapshot.js';
import type { Finding } from '../domain/finding.js';
import { Network } from '../domain/network.js';
import { dueReminders, upcomingBirthdays, type BirthdayItem, type DueItem } from '../domain/reminders.js';
import { makeFmt } from '../i18n/fmt.js';
import { localize } from '../output/localize.js';
import { runOnNetwork, windowStart } from '../rules/engine.js';
import type { Deps } from './deps.js';

export interface TodayResult {
  due: DueItem[];
  birthdays: BirthdayItem[];
  /** The most pressing finding that is not already a reminder above. */
  focus: Finding | null;
}

export async function today(_opts: object, deps: Deps): Promise<TodayResult> {
  const snap = loadSnapshot(deps.db, { since: windowStart(deps.today, deps.config.rules) });
  const net = new Network(snap, deps.today);
  const raw = runOnNetwork(net, deps.config.rules, { mode: 'review' }).filter(
    (r) => r.rule !== 'keep-in-touch' && r.rule !== 'birthday-soon' && r.severity !== 'info',
  );
  const f = makeFmt(deps.lang, deps.today, deps.config.currency);
  return {
    due: dueReminders(net, snap.profile.canGive ?? [], (ids) => lastActivityFor(deps.db, ids)),
    birthdays: upcomingBirthdays(net, 7),
    focus: raw[0] ? localize(raw[0], deps.lang, f, (id) => net.name(id)) : null,
  };
}
