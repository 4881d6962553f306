import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { event } from '../../src/commands/event.js';
import { give, take } from '../../src/commands/ledger.js';
import { touch } from '../../src/commands/touch.js';
import { lastActivityFor } from '../../src/db/repos/stats.js';
import { testEnv } from '../helpers/db.js';

describe('the last thing done with each person, in one pass', () => {
  it('is the latest record; on one day a give or take, then a touch, then an event; stale hints fall back', async () => {
    const { deps, db } = testEnv({ now: '2026-11-22' });
    for (const name of ['Aiko Tanaka', 'Ken Sato', 'Yumi Ono', 'Mina Mori'])
      await add({ name, date: '2020-01-01' }, deps);
    await touch({ person: 'Aiko', note: 'called', date: '2026-10-01' }, deps);
    await give({ person: 'Aiko', what: 'a book', date: '2026-10-01' }, deps);
    await event({ name: 'Meetup', kind: 'study-group', date: '2026-10-01', met: ['Aiko Tanaka'] }, deps);
    await take({ person: 'Ken', what: 'advice', kind: 'advice', date: '2026-09-01' }, deps);
    await touch({ person: 'Ken', note: 'lunch', date: '2026-11-01' }, deps);
    await event({ name: 'Launch', kind: 'study-group', date: '2026-11-05', met: ['Yumi Ono'] }, deps);
    const want = new Map([
      [1, { date: '2026-10-01', what: 'a book', type: 'give' }],
      [2, { date: '2026-11-01', what: 'lunch', type: 'touch' }],
      [3, { date: '2026-11-05', what: 'Launch', type: 'event' }],
    ]);
    const ids = [1, 2, 3, 4];
    expect(lastActivityFor(db, ids)).toEqual(want);
    const hint = new Map([
      [1, '2026-10-01'],
      [2, '2026-11-01'],
      [3, '2026-12-01'], // stale: later than anything recorded
    ]);
    expect(lastActivityFor(db, ids, (id) => hint.get(id) ?? null)).toEqual(want);
    expect(lastActivityFor(db, [])).toEqual(new Map());
  });
});
