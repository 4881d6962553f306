/** Issue: good rooms are good; look after your circle, mixers or not; start from your own level. */
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { snapshot, type Spec } from '../helpers/rules.js';
import { runRules } from '../../src/rules/engine.js';
import type { EventKind } from '../../src/domain/vocab.js';

const fiveAt = (kind: EventKind, purpose?: 'networking' | 'learning'): Spec => ({
  people: Object.fromEntries(
    ['P1', 'P2', 'P3', 'P4', 'P5'].map((n) => [n, { origin: 'event' as const, met: '2026-10-01' }]),
  ),
  events: [
    { kind, ...(purpose ? { purpose } : {}), date: '2026-10-01', met: ['P1', 'P2', 'P3', 'P4', 'P5'] },
  ],
});

ruleTester('wide-not-deep', {
  valid: [
    {
      name: 'four at a mixer and one at a study group: neither group reaches five',
      spec: {
        ...fiveAt('mixer'),
        events: [
          { kind: 'mixer', date: '2026-10-01', met: ['P1', 'P2', 'P3', 'P4'] },
          { kind: 'study-group', date: '2026-10-02', met: ['P5'] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'five met at a mixer, none followed up: a warning',
      spec: fiveAt('mixer'),
      errors: [{ messageId: 'wide', severity: 'warning', data: { met: 5, followed: 0 } }],
    },
    {
      name: 'five met at a study group: a tip naming one or two people, never a warning',
      spec: fiveAt('study-group'),
      errors: [{ messageId: 'goodRooms', severity: 'tip', data: { met: 5, followed: 0 } }],
    },
    {
      name: 'a seminar is a good room too',
      spec: fiveAt('seminar'),
      errors: [{ messageId: 'goodRooms', severity: 'tip' }],
    },
  ],
});

ruleTester('try-better-rooms', {
  valid: [
    {
      name: 'a mixer and a seminar',
      spec: {
        events: [
          { kind: 'mixer', date: '2026-10-01' },
          { kind: 'seminar', date: '2026-11-01' },
        ],
      },
    },
    {
      name: 'a mixer for a look at other fields',
      spec: { events: [{ kind: 'mixer', purpose: 'industry-insight', date: '2026-10-01' }] },
    },
    {
      name: 'a mixer to meet someone in particular',
      spec: { events: [{ kind: 'party', purpose: 'meet-someone', date: '2026-10-01' }] },
    },
  ],
  invalid: [
    {
      name: 'a mixer for networking and no good room',
      spec: {
        events: [
          { kind: 'mixer', date: '2026-10-01' },
          { kind: 'mixer', purpose: 'industry-insight', date: '2026-10-05' },
        ],
      },
      errors: [{ messageId: 'rooms', data: { lowYield: 1, days: 180 } }],
    },
  ],
});

ruleTester('mixer-for-networking', {
  valid: [
    {
      name: 'a paid club is judged by paid-club alone',
      spec: { events: [{ kind: 'paid-club', date: '2026-10-01', cost: 20000 }] },
    },
  ],
  invalid: [
    {
      name: 'people met today are not counted as never followed up',
      spec: { events: [{ kind: 'mixer', date: '2026-11-22', met: ['A', 'B'] }] },
      errors: [{ messageId: 'spent', data: { met: 0, followed: 0, metToday: 2 } }],
    },
  ],
});

ruleTester('cherish-your-circle', {
  valid: [
    {
      name: 'a school friend seen this month',
      spec: { people: { S: { origin: 'school' } }, touches: [['S', '2026-11-01']] },
    },
    {
      name: 'a colleague added today: not quiet for 180 days, only new here',
      spec: { people: { S: { origin: 'work', met: '2026-11-22' } } },
    },
    {
      name: 'a colleague met 179 days ago and never logged since',
      spec: { people: { S: { origin: 'work', met: '2026-05-27' } } },
    },
  ],
  invalid: [
    {
      name: 'a school friend met years ago with no touch logged',
      spec: { people: { S: { origin: 'school', met: '2010-04-01' } } },
      errors: [{ messageId: 'circle', people: ['S'], data: { quiet: 1 } }],
    },
    {
      name: 'a quiet school friend and no mixer: said on its own',
      spec: { people: { S: { origin: 'school' } }, touches: [['S', '2026-01-01']] },
      errors: [{ messageId: 'circle', people: ['S'], data: { mixers: 0, quiet: 1 } }],
    },
    {
      name: 'with a networking mixer: the comparison as a second sentence',
      spec: {
        people: { S: { origin: 'work' } },
        touches: [['S', '2026-01-01']],
        events: [{ kind: 'mixer', date: '2026-10-01' }],
      },
      errors: [{ messageId: 'circleMixers', people: ['S'], data: { mixers: 1 } }],
    },
  ],
});

ruleTester('hobby-as-networking', {
  valid: [
    {
      name: 'a hobby for the hobby',
      spec: { events: [{ kind: 'hobby', purpose: 'hobby', date: '2026-10-01' }] },
    },
    {
      name: 'a hobby event 181 days ago',
      spec: { events: [{ kind: 'hobby', purpose: 'networking', date: '2026-05-24' }] },
    },
  ],
  invalid: [
    {
      name: 'a hobby event to build a network',
      spec: { events: [{ kind: 'hobby', purpose: 'networking', date: '2026-10-01' }] },
      errors: [{ messageId: 'forItself', severity: 'info', data: { count: 1, event: 'hobby 2026-10-01' } }],
    },
  ],
});

const deep = (n: string): Spec => ({
  gives: [
    [n, '2026-10-01'],
    [n, '2026-10-02'],
    [n, '2026-10-03'],
  ],
  takes: [[n, '2026-10-04']],
});

ruleTester('pinpoint-prep', {
  valid: [],
  invalid: [
    {
      name: 'reaching only upward with no peer deep tie: start from your own level',
      spec: { people: { Author: { target: true, prep: { studied: 'x', give: 'y', reason: 'z' } } } },
      errors: [
        { messageId: 'ready', people: ['Author'] },
        { messageId: 'ownLevel', people: ['Author'], data: { peerDeep: 0 } },
      ],
    },
    {
      name: 'two deep ties among peers: only the prep',
      spec: {
        people: { Author: { target: true, prep: { studied: 'x', give: 'y', reason: 'z' } } },
        gives: [...deep('P').gives!, ...deep('Q').gives!],
        takes: [...deep('P').takes!, ...deep('Q').takes!],
      },
      errors: [{ messageId: 'ready', people: ['Author'] }],
    },
  ],
});

describe('go-deep: the right people', () => {
  const run = (spec: Spec) =>
    runRules(snapshot(spec), '2026-11-22', {}, { mode: 'review' }).filter((f) => f.rule === 'go-deep');
  const names = (spec: Spec) => {
    const snap = snapshot(spec);
    return run(spec).map((f) => f.people.map((id) => snap.people.find((p) => p.id === id)!.name));
  };

  it('never someone with no history beyond the day met; shared history and a school tie first', () => {
    const spec: Spec = {
      people: {
        'Card A': { origin: 'event', met: '2026-11-20' },
        'Card B': { origin: 'event', met: '2026-11-20' },
        Peer: { origin: 'study-group', met: '2026-06-01' },
        School: { origin: 'school', met: '2010-04-01' },
      },
      events: [{ kind: 'mixer', date: '2026-11-20', met: ['Card A', 'Card B'] }],
      gives: [
        ['Peer', '2026-10-01'],
        ['Peer', '2026-10-10'],
        ['Peer', '2026-10-20'],
      ],
      takes: [['Peer', '2026-11-01', 'advice']],
      touches: [['School', '2026-09-14']],
    };
    // Peer is already deep (3 gives, 1 take): the school friend is the one to deepen.
    expect(names(spec)).toEqual([['School']]);
  });

  it('never someone one-sided or dont-force reports', () => {
    const gives = (n: string, ds: string[]) => ds.map((d) => [n, d] as [string, string]);
    const spec: Spec = {
      people: { Giver: {}, Pushy: { chemistry: false }, Friend: {} },
      gives: [
        ...gives('Giver', ['2025-01-01', '2025-03-01', '2025-06-01', '2025-09-01', '2026-02-01']),
        ...gives('Pushy', ['2026-10-01', '2026-10-10', '2026-10-20']),
        ...gives('Friend', ['2026-10-01']),
      ],
    };
    const all = runRules(snapshot(spec), '2026-11-22', {}, { mode: 'review' });
    expect(all.map((f) => f.rule)).toEqual(expect.arrayContaining(['one-sided', 'dont-force']));
    expect(names(spec)).toEqual([['Friend']]);
  });
});
