/**
 * The demo network after the writes that move per-person counts around: adds, a give, a take, an
 * inbound touch, an event meeting someone new, a merge, a removal and a backdated row. What the
 * trigger-kept tables (person_stats) must survive, for the tests that check them against history.
 */
import { add } from '../../src/commands/add.js';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { event } from '../../src/commands/event.js';
import { give, take } from '../../src/commands/ledger.js';
import { merge } from '../../src/commands/merge.js';
import { rm } from '../../src/commands/rm.js';
import { touch } from '../../src/commands/touch.js';
import { testEnv, type TestEnv } from './db.js';

export async function churnedDemo(extra: { nicknamesAndTags?: boolean } = {}): Promise<TestEnv> {
  const env = testEnv();
  const { db, deps } = env;
  loadDemo(db, demoData(), deps.today, 'en', deps.now.toISOString());
  await add({ name: 'Dup One', date: '2020-01-01' }, deps);
  await add({ name: 'Dup Two', date: '2021-01-01' }, deps);
  if (extra.nicknamesAndTags)
    await add({ name: 'Nobody Yet', nick: ['Nob', 'Yet'], tag: ['zeta', 'Alpha'] }, deps);
  await give({ person: 'Dup One', what: 'a', date: '2026-01-01' }, deps);
  await take({ person: 'Dup Two', what: 'b', date: '2026-02-01' }, deps);
  await touch({ person: 'Dup Two', date: '2026-03-01', inbound: true }, deps);
  await event({ name: 'E', kind: 'hobby', date: '2026-04-01', met: ['Dup Two', 'Brand New'] }, deps);
  await merge({ keep: 'Dup One', other: 'Dup Two', yes: true }, deps);
  await rm({ person: 'Hiroshi Sato', yes: true }, deps);
  return env;
}
