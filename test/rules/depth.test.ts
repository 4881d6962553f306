import { describe, expect, it } from 'vitest';
import { fire, named, type Spec } from '../helpers/rules.js';

type Case = [string, Spec, number];

/** A deep tie: 3 gives, 1 take, in touch lately. */
const deep = (name: string): Pick<Spec, 'gives' | 'takes'> => ({
  gives: [
    [name, '2026-09-01'],
    [name, '2026-09-02'],
    [name, '2026-09-03'],
  ],
  takes: [[name, '2026-09-04']],
});
const merge = (...specs: Spec[]): Spec => ({
  people: Object.assign({}, ...specs.map((s) => s.people ?? {})),
  gives: specs.flatMap((s) => s.gives ?? []),
  takes: specs.flatMap((s) => s.takes ?? []),
  touches: specs.flatMap((s) => s.touches ?? []),
});

describe('go-deep', () => {
  const five = merge(deep('A'), deep('B'), deep('C'), deep('D'), deep('E'), {
    people: { F: {} },
    gives: [['F', '2026-11-01']],
  });
  it('5 deep ties: nothing to do', () => expect(fire('go-deep', five)).toHaveLength(0));
  it('a tie not touched for over 180 days is not deep', () => {
    const stale: Spec = {
      gives: [
        ['A', '2026-01-01'],
        ['A', '2026-01-02'],
        ['A', '2026-01-03'],
      ],
      takes: [['A', '2026-01-04']],
    };
    expect(fire('go-deep', stale)[0]!.data).toMatchObject({ deep: 0 });
  });
});

describe('keep-in-touch', () => {
  const cases: Case[] = [
    [
      'a 30-day cadence, last touch 30 days ago',
      { people: { A: { every: '30d' } }, touches: [['A', '2026-10-23']] },
      1,
    ],
    ['last touch 29 days ago', { people: { A: { every: '30d' } }, touches: [['A', '2026-10-24']] }, 0],
    ['no touch: counts from the day you met', { people: { A: { every: '1m', met: '2026-10-22' } } }, 1],
    ['met 3 weeks ago with a monthly cadence', { people: { A: { every: '1m', met: '2026-11-01' } } }, 0],
    [
      'snoozed past today',
      { people: { A: { every: '30d', snoozedUntil: '2026-11-30' } }, touches: [['A', '2026-01-01']] },
      0,
    ],
    [
      'snooze ended today',
      { people: { A: { every: '30d', snoozedUntil: '2026-11-22' } }, touches: [['A', '2026-01-01']] },
      1,
    ],
    ['a give resets the clock', { people: { A: { every: '2w' } }, gives: [['A', '2026-11-20']] }, 0],
    ['no cadence', { people: { A: {} } }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('keep-in-touch', spec)).toHaveLength(n));

  it('lists the most overdue first', () => {
    const spec: Spec = {
      people: { Near: { every: '30d' }, Far: { every: '30d' } },
      touches: [
        ['Near', '2026-10-20'],
        ['Far', '2026-08-01'],
      ],
    };
    expect(named(fire('keep-in-touch', spec), spec)).toEqual([['Far', 'Near']]);
  });

  it('handles month ends: a monthly cadence from 31 Jan is due on 28 Feb', () => {
    const spec: Spec = { people: { A: { every: '1m' } }, touches: [['A', '2026-01-31']] };
    expect(fire('keep-in-touch', spec, { today: '2026-02-27' })).toHaveLength(0);
    expect(fire('keep-in-touch', spec, { today: '2026-02-28' })).toHaveLength(1);
  });
});

describe('cherish-your-circle', () => {
  const mixer = { kind: 'mixer' as const, date: '2026-10-01' };
  const cases: Case[] = [
    [
      'a quiet school friend while you went to a mixer',
      { people: { A: { origin: 'school' } }, events: [mixer], touches: [['A', '2026-01-01']] },
      1,
    ],
    [
      'no mixer: still worth saying',
      { people: { A: { origin: 'school' } }, touches: [['A', '2026-01-01']] },
      1,
    ],
    [
      'the colleague was touched 179 days ago',
      { people: { A: { origin: 'work' } }, events: [mixer], touches: [['A', '2026-05-27']] },
      0,
    ],
    [
      'someone met online',
      { people: { A: { origin: 'online' } }, events: [mixer], touches: [['A', '2026-01-01']] },
      0,
    ],
    [
      'someone met at an alumni event',
      { events: [mixer, { kind: 'alumni', date: '2025-01-01', met: ['A'] }] },
      1,
    ],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('cherish-your-circle', spec)).toHaveLength(n));
});

describe('ask-for-intros', () => {
  const people = (intro: number, event: number, other: number): NonNullable<Spec['people']> => {
    const out: NonNullable<Spec['people']> = {};
    for (let i = 0; i < intro; i++) out[`I${i}`] = { origin: 'intro', met: '2026-06-01' };
    for (let i = 0; i < event; i++) out[`E${i}`] = { origin: 'event', met: '2026-06-01' };
    for (let i = 0; i < other; i++) out[`O${i}`] = { origin: 'online', met: '2026-06-01' };
    return out;
  };
  const cases: Case[] = [
    ['5 new, all from events', { people: people(0, 5, 0) }, 1],
    ['4 new', { people: people(0, 4, 0) }, 0],
    ['1 of 5 by intro (20%)', { people: people(1, 4, 0) }, 0],
    ['1 of 6 by intro (17%), 3 at events (50%)', { people: people(1, 3, 2) }, 1],
    ['1 of 6 by intro, 2 at events (33%)', { people: people(1, 2, 3) }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('ask-for-intros', spec)).toHaveLength(n));
});

describe('thank-the-introducer', () => {
  const cases: Case[] = [
    ['an intro last week, nothing given', { intros: [['K', 'C', '2026-11-15']] }, 1],
    [
      'a give to the introducer since',
      { intros: [['K', 'C', '2026-11-15']], gives: [['K', '2026-11-16', 'thanks']] },
      0,
    ],
    [
      'a give on the intro day counts',
      { intros: [['K', 'C', '2026-11-15']], gives: [['K', '2026-11-15']] },
      0,
    ],
    [
      'a give before the intro does not',
      { intros: [['K', 'C', '2026-11-15']], gives: [['K', '2026-11-14']] },
      1,
    ],
    ['an intro 31 days ago', { intros: [['K', 'C', '2026-10-22']] }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('thank-the-introducer', spec)).toHaveLength(n));
});

describe('birthday-soon (beyond the articles)', () => {
  const cases: Case[] = [
    ['a birthday today', { people: { A: { birthday: '1990-11-22' } } }, 1],
    ['in 7 days', { people: { A: { birthday: '--11-29' } } }, 1],
    ['in 8 days', { people: { A: { birthday: '--11-30' } } }, 0],
    ['yesterday', { people: { A: { birthday: '--11-21' } } }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('birthday-soon', spec)).toHaveLength(n));
});
