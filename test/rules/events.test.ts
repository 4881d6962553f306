import { describe, expect, it } from 'vitest';
import { fire, named, type Spec } from '../helpers/rules.js';

// today is 2026-11-22; 180 days back is 2026-05-26, 365 days back is 2025-11-22, 90 days back 2026-08-24.
type Case = [string, Spec, number];

describe('mixer-for-networking', () => {
  const cases: Case[] = [
    ['a mixer with no purpose, recently', { events: [{ kind: 'mixer', date: '2026-11-01' }] }, 1],
    ['a party for networking', { events: [{ kind: 'party', purpose: 'networking', date: '2026-10-01' }] }, 1],
    ['exactly 180 days ago', { events: [{ kind: 'mixer', date: '2026-05-26' }] }, 1],
    ['181 days ago', { events: [{ kind: 'mixer', date: '2026-05-25' }] }, 0],
    [
      'a mixer for industry insight',
      { events: [{ kind: 'mixer', purpose: 'industry-insight', date: '2026-11-01' }] },
      0,
    ],
    ['a study group', { events: [{ kind: 'study-group', purpose: 'networking', date: '2026-11-01' }] }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('mixer-for-networking', spec)).toHaveLength(n));

  it("counts money, hours and who was followed up, in one finding; a paid club is paid-club's", () => {
    const spec: Spec = {
      events: [
        { kind: 'mixer', date: '2026-09-01', cost: 5000, hours: 3, met: ['A', 'B'] },
        { kind: 'party', date: '2026-09-20', cost: 3000, hours: 2, met: ['D'] },
        { kind: 'paid-club', date: '2026-10-01', cost: 10000, hours: 2, met: ['C'] },
      ],
      touches: [['A', '2026-09-10']],
    };
    const [f] = fire('mixer-for-networking', spec);
    expect(f!.data).toMatchObject({
      count: 2,
      cost: 8000,
      hours: 5,
      met: 3,
      followed: 1,
      since: '2026-09-01',
    });
    expect(named([f!], spec)[0]!.sort()).toEqual(['B', 'D']);
  });
});

describe('mixer-for-insight', () => {
  it('is reported by the write that logs it, never by the review', async () => {
    const spec: Spec = {
      events: [{ kind: 'mixer', purpose: 'industry-insight', date: '2026-11-01', met: ['A'] }],
    };
    expect(fire('mixer-for-insight', spec)).toHaveLength(0);
    const { runRules } = await import('../../src/rules/engine.js');
    const { snapshot } = await import('../helpers/rules.js');
    const w = runRules(snapshot(spec), '2026-11-22', {}, { mode: 'write', focus: { eventIds: [1] } });
    expect(w.map((f) => f.rule)).toEqual(['mixer-for-insight']);
  });
});

describe('paid-club', () => {
  const cases: Case[] = [
    ['a paid club with a fee', { events: [{ kind: 'paid-club', date: '2026-01-10', cost: 8000 }] }, 1],
    ['a free paid-club event', { events: [{ kind: 'paid-club', date: '2026-01-10', cost: 0 }] }, 0],
    ['exactly 365 days ago', { events: [{ kind: 'paid-club', date: '2025-11-22', cost: 1 }] }, 1],
    ['366 days ago', { events: [{ kind: 'paid-club', date: '2025-11-21', cost: 1 }] }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('paid-club', spec)).toHaveLength(n));

  it('says what came of it: people met there with a later give or take', () => {
    const spec: Spec = {
      events: [{ kind: 'paid-club', date: '2026-03-01', cost: 30000, met: ['A', 'B', 'C'] }],
      gives: [['A', '2026-04-01']],
      takes: [['B', '2026-03-01']], // same day: not "after"
    };
    expect(fire('paid-club', spec)[0]!.data).toMatchObject({ cost: 30000, met: 3, fruitful: 1 });
  });

  it('counts people met there today apart: too soon to say nothing came of it', () => {
    const spec: Spec = {
      events: [{ kind: 'paid-club', date: '2026-11-22', cost: 12000, met: ['A', 'B'] }],
    };
    const [f] = fire('paid-club', spec);
    expect(f!.data).toMatchObject({ met: 0, fruitful: 0, metToday: 2 });
    expect(named([f!], spec)).toEqual([['A', 'B']]);
  });
});

describe('wide-not-deep', () => {
  const met = (n: number, date = '2026-10-01') =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`P${i}`, { origin: 'event' as const, met: date }]),
    );
  const cases: Case[] = [
    ['5 met at events, none followed up', { people: met(5) }, 1],
    ['4 met at events', { people: met(4) }, 0],
    ['5 met, 1 followed up (20%)', { people: met(5), touches: [['P0', '2026-10-05']] }, 1],
    [
      '5 met, 2 followed up (40%)',
      {
        people: met(5),
        touches: [
          ['P0', '2026-10-05'],
          ['P1', '2026-10-05'],
        ],
      },
      0,
    ],
    [
      'a touch on the day you met is not a follow-up',
      {
        people: met(5),
        touches: [
          ['P0', '2026-10-01'],
          ['P1', '2026-10-01'],
        ],
      },
      1,
    ],
    ['met more than 90 days ago', { people: met(5, '2026-08-23') }, 0],
    [
      'met through work, not events',
      {
        people: Object.fromEntries(
          Array.from({ length: 6 }, (_, i) => [`W${i}`, { origin: 'work' as const, met: '2026-10-01' }]),
        ),
      },
      0,
    ],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('wide-not-deep', spec)).toHaveLength(n));

  it('names the ones a step ahead first', () => {
    const spec: Spec = { people: { ...met(5), P3: { origin: 'event', met: '2026-10-01', ahead: true } } };
    expect((fire('wide-not-deep', spec)[0]!.data as { picks: string[] }).picks[0]).toBe('P3');
  });
});

describe('try-better-rooms', () => {
  const cases: Case[] = [
    ['only mixers lately', { events: [{ kind: 'mixer', date: '2026-10-01' }] }, 1],
    [
      'a mixer and a study group',
      {
        events: [
          { kind: 'mixer', date: '2026-10-01' },
          { kind: 'study-group', date: '2026-07-01' },
        ],
      },
      0,
    ],
    [
      'a mixer and a one-on-one',
      {
        events: [
          { kind: 'mixer', date: '2026-10-01' },
          { kind: 'one-on-one', date: '2026-11-01' },
        ],
      },
      0,
    ],
    [
      'a mixer and a seminar (a good room)',
      {
        events: [
          { kind: 'mixer', date: '2026-10-01' },
          { kind: 'seminar', date: '2026-11-01' },
        ],
      },
      0,
    ],
    ['no events', {}, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('try-better-rooms', spec)).toHaveLength(n));
});
