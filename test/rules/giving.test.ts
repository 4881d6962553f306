import { describe, expect, it } from 'vitest';
import { days, fire, named, type Spec } from '../helpers/rules.js';

type Case = [string, Spec, number];

describe('give-first', () => {
  const cases: Case[] = [
    ['a take with no give before it', { takes: [['A', '2026-11-01', 'advice']] }, 1],
    ['a give the day before', { gives: [['A', '2026-10-31']], takes: [['A', '2026-11-01']] }, 0],
    [
      'a give logged earlier the same day counts as before',
      { gives: [['A', '2026-11-01']], takes: [['A', '2026-11-01']] },
      0,
    ],
    ['a give the day after does not', { gives: [['A', '2026-11-02']], takes: [['A', '2026-11-01']] }, 1],
    ['a take older than 365 days', { takes: [['A', '2025-11-21']] }, 0],
    ['a take exactly 365 days ago', { takes: [['A', '2025-11-22']] }, 1],
    ['a sale is left to slash-and-burn', { takes: [['A', '2026-11-01', 'sale']] }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('give-first', spec)).toHaveLength(n));

  it('says whether you have given since', () => {
    const f = fire('give-first', { takes: [['A', '2026-10-01']], gives: [['A', '2026-10-05']] });
    expect(f[0]!.messageId).toBe('takeBeforeGive');
  });
});

describe('give-take-ratio', () => {
  const ratio = (g: number, t: number) =>
    fire('give-take-ratio', {
      gives: days(g, '2026-11-01').map((d) => ['A', d] as [string, string]),
      takes: days(t, '2026-11-01').map((d) => ['A', d] as [string, string]),
    });
  it.each([
    [0, 0, []],
    [5, 0, []],
    [2, 1, ['warning']],
    [29, 10, ['warning']],
    [3, 1, ['tip']],
    [9, 1, ['tip']],
    [10, 1, ['info']],
    [25, 2, ['info']],
  ])('%i gives : %i takes → %j', (g, t, sev) => expect(ratio(g, t).map((f) => f.severity)).toEqual(sev));

  it('counts only the last 365 days', () => {
    const f = fire('give-take-ratio', { gives: [['A', '2025-11-21']], takes: [['A', '2026-01-01']] });
    expect(f[0]!.data).toMatchObject({ gives: 0, takes: 1 });
  });
});

describe('taking-more-than-giving', () => {
  const cases: Case[] = [
    [
      'more takes than gives',
      {
        gives: [['A', '2020-01-01']],
        takes: [
          ['A', '2020-02-01'],
          ['A', '2020-03-01'],
        ],
      },
      1,
    ],
    ['even', { gives: [['A', '2020-01-01']], takes: [['A', '2020-02-01']] }, 0],
    ['all time, however old', { takes: [['A', '2015-01-01']] }, 1],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('taking-more-than-giving', spec)).toHaveLength(n));

  it('one finding a person, so the review can speak once about each', () => {
    const spec: Spec = {
      takes: [
        ['A', '2026-01-01'],
        ['B', '2026-01-01'],
        ['B', '2026-02-01'],
      ],
    };
    expect(named(fire('taking-more-than-giving', spec), spec)).toEqual([['B'], ['A']]);
  });
});

describe('info-taker', () => {
  const cases: Case[] = [
    [
      '3 takes in 90 days, no give',
      {
        takes: [
          ['A', '2026-09-01'],
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
      },
      1,
    ],
    [
      '2 takes',
      {
        takes: [
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
      },
      0,
    ],
    [
      '3 takes spread over 91 days',
      {
        takes: [
          ['A', '2026-08-01'],
          ['A', '2026-09-01'],
          ['A', '2026-10-31'],
        ],
      },
      0,
    ],
    [
      '3 takes over exactly 90 days',
      {
        takes: [
          ['A', '2026-08-01'],
          ['A', '2026-09-01'],
          ['A', '2026-10-30'],
        ],
      },
      1,
    ],
    [
      'a give in between breaks the run',
      {
        takes: [
          ['A', '2026-09-01'],
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
        gives: [['A', '2026-10-15']],
      },
      0,
    ],
    [
      'a give before the run does not',
      {
        takes: [
          ['A', '2026-09-01'],
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
        gives: [['A', '2026-08-15']],
      },
      1,
    ],
    [
      '3 takes from 3 people',
      {
        takes: [
          ['A', '2026-09-01'],
          ['B', '2026-10-01'],
          ['C', '2026-11-01'],
        ],
      },
      0,
    ],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('info-taker', spec)).toHaveLength(n));
});

describe('slash-and-burn', () => {
  it.each([
    ['a sale to a school friend', 'school', '2026-11-01', 'soldToClose'],
    ['a sale to a colleague', 'work', '2026-11-01', 'soldToClose'],
    ['a sale to someone met at an event', 'event', '2026-11-01', 'sold'],
    ['a sale 366 days ago', 'school', '2025-11-21', null],
  ] as const)('%s', (_d, origin, date, messageId) => {
    const f = fire('slash-and-burn', { people: { A: { origin } }, takes: [['A', date, 'sale']] });
    expect(f.map((x) => x.messageId)).toEqual(messageId ? [messageId] : []);
    if (messageId) expect(f[0]!.severity).toBe('critical');
  });

  it('ignores takes that are not sales', () => {
    expect(fire('slash-and-burn', { takes: [['A', '2026-11-01', 'advice']] })).toHaveLength(0);
  });
});

describe('too-soon-to-ask', () => {
  const met = (d: string) => ({ people: { A: { met: d } } });
  const cases: Case[] = [
    [
      'a referral 10 days after meeting',
      { ...met('2026-10-22'), takes: [['A', '2026-11-01', 'referral']] },
      1,
    ],
    ['an intro 29 days after meeting', { ...met('2026-10-03'), takes: [['A', '2026-11-01', 'intro']] }, 1],
    ['advice 30 days after meeting', { ...met('2026-10-02'), takes: [['A', '2026-11-01', 'advice']] }, 0],
    [
      'a gift soon after meeting is no ask',
      { ...met('2026-10-22'), takes: [['A', '2026-11-01', 'gift']] },
      0,
    ],
    [
      'after 3 gives',
      {
        ...met('2026-10-22'),
        gives: [
          ['A', '2026-10-23'],
          ['A', '2026-10-25'],
          ['A', '2026-10-28'],
        ],
        takes: [['A', '2026-11-01', 'advice']],
      },
      0,
    ],
    [
      'after only 2 gives',
      {
        ...met('2026-10-22'),
        gives: [
          ['A', '2026-10-23'],
          ['A', '2026-10-25'],
        ],
        takes: [['A', '2026-11-01', 'advice']],
      },
      1,
    ],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('too-soon-to-ask', spec)).toHaveLength(n));
});
