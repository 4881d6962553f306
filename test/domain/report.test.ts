import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { event } from '../../src/commands/event.js';
import { intro } from '../../src/commands/intro.js';
import { give } from '../../src/commands/ledger.js';
import { touch } from '../../src/commands/touch.js';
import { loadHistory } from '../../src/db/history.js';
import { reportData } from '../../src/domain/report.js';
import { metricsAt } from '../../src/domain/trends.js';
import { metricWindows } from '../../src/coach/index.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { testEnv } from '../helpers/db.js';

const W = metricWindows(DEFAULT_CONFIG.rules);

const NOW = '2026-11-22';

describe('what the report draws', () => {
  it('events by kind: money, hours, people met, and who was still a tie a year later', async () => {
    const { db, deps } = testEnv({ now: NOW });
    await event(
      { name: 'Mixer', kind: 'mixer', date: '2025-06-01', cost: '5000', hours: '3', met: ['Ann', 'Bob'] },
      deps,
    );
    await touch({ person: 'Ann', date: '2026-01-15' }, deps); // within the six months before 2026-06-01: a tie
    await touch({ person: 'Bob', date: '2025-07-01' }, deps); // followed up once, then nothing: not a tie
    await touch({ person: 'Bob', date: '2026-07-01' }, deps); // after the anniversary: does not count
    await event(
      { name: 'Mixer 2', kind: 'mixer', date: '2026-10-01', cost: '4000', hours: '2', met: ['Bob', 'Cy'] },
      deps,
    );
    await event(
      { name: 'TS study', kind: 'study-group', date: '2026-10-05', hours: '2', met: ['Dee'] },
      deps,
    );
    const d = reportData(loadHistory(db), NOW, W);
    expect(d.events).toEqual([
      { kind: 'mixer', events: 2, cost: 9000, hours: 5, met: 3, metYearAgo: 2, tiesYearLater: 1 },
      { kind: 'study-group', events: 1, cost: 0, hours: 2, met: 1, metYearAgo: 0, tiesYearLater: 0 },
    ]);
  });

  it('circles: each person met on the ring of their circle or rhythm, coloured by how overdue', async () => {
    const { db, deps } = testEnv({ now: NOW });
    await add({ name: 'Inner Late', date: '2025-01-01', circle: 'inner' }, deps);
    await touch({ person: 'Inner Late', date: '2026-10-13' }, deps); // due 10-27: 26 days over
    await add({ name: 'Quarterly', date: '2025-01-01', every: '3m' }, deps);
    await touch({ person: 'Quarterly', date: '2026-11-12' }, deps); // due 2027-02-12
    await add({ name: 'Close Soon', date: '2025-01-01', circle: 'close' }, deps);
    await touch({ person: 'Close Soon', date: '2026-10-25' }, deps); // due 11-25: in 3 days
    await add({ name: 'Wider Very Late', date: '2024-01-01', circle: 'wider' }, deps); // due 2025-01-01
    await add({ name: 'No Rhythm', date: '2026-01-01' }, deps);
    await add({ name: 'Not Met', target: true }, deps);
    const d = reportData(loadHistory(db), NOW, W);
    const ring = (r: string) =>
      d.rings.find((x) => x.ring === r)!.people.map((p) => [p.name, p.state, p.daysOver]);
    expect(d.rings.map((r) => r.ring)).toEqual(['inner', 'close', 'active', 'wider', 'none']);
    expect(ring('inner')).toEqual([['Inner Late', 'due', 26]]);
    expect(ring('close')).toEqual([['Close Soon', 'soon', -3]]);
    expect(ring('active')).toEqual([['Quarterly', 'ok', -82]]);
    expect(ring('wider')).toEqual([['Wider Very Late', 'late', 690]]);
    expect(ring('none')).toEqual([['No Rhythm', 'none', null]]);
  });

  it('two years of months, ties over time as the trends compute them, door openers first', async () => {
    const { db, deps } = testEnv({ now: NOW });
    await add({ name: 'Ken', date: '2020-01-01' }, deps);
    await add({ name: 'Mika', date: '2020-01-01' }, deps);
    for (const p of ['A', 'B', 'C']) await intro({ introducer: 'Ken', person: p, date: '2026-03-01' }, deps);
    await intro({ introducer: 'Mika', person: 'D', date: '2026-03-01' }, deps);
    await give({ person: 'Mika', what: 'thanks', kind: 'thanks', date: '2026-03-02' }, deps);
    await give({ person: 'Ken', what: 'old help', date: '2024-12-01' }, deps);
    await give({ person: 'Ken', what: 'too old', date: '2024-11-30' }, deps);
    const h = loadHistory(db);
    const d = reportData(h, NOW, W);
    expect(d.monthly).toHaveLength(24);
    expect(d.monthly[0]).toEqual({ month: '2024-12', gives: 1, takes: 0 });
    expect(d.monthly.at(-1)!.month).toBe('2026-11');
    expect(d.monthly.find((m) => m.month === '2026-03')).toEqual({ month: '2026-03', gives: 1, takes: 0 });
    expect(d.ties[0]!.day).toBe('2024-12-01');
    expect(d.ties.at(-1)!.day).toBe(NOW);
    for (const t of d.ties) {
      const m = metricsAt(h, t.day, W);
      expect([t.deep, t.shallow]).toEqual([m.deepTies, m.shallowContacts]);
    }
    expect(d.openers.map((n) => [n.name, n.opened])).toEqual([
      ['Ken', 3],
      ['Mika', 1],
    ]);
    expect(d.unthanked.map((n) => [n.name, n.unthanked])).toEqual([['Ken', 3]]);
  });
});
