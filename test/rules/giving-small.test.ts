import { describe, expect, it } from 'vitest';
import { fire, type Spec } from '../helpers/rules.js';

type Case = [string, Spec, number];

describe('small-gives', () => {
  const cases: Case[] = [
    ['no give in 30 days', { people: { A: {} }, gives: [['A', '2026-10-22']] }, 1],
    ['a give exactly 30 days ago', { people: { A: {} }, gives: [['A', '2026-10-23']] }, 0],
    ['no one to suggest', {}, 0],
    ['only people without chemistry', { people: { A: { chemistry: false } } }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('small-gives', spec)).toHaveLength(n));

  it('suggests thanking for the last thing someone gave you', () => {
    const f = fire('small-gives', { takes: [['A', '2026-01-01', 'advice']] });
    expect((f[0]!.data as { ideas: unknown[] }).ideas[0]).toMatchObject({
      name: 'A',
      idea: 'thanks',
      about: 'take 2026-01-01',
    });
  });
});

describe('one-sided', () => {
  const gives = (first: string, last: string): [string, string][] => [
    ['A', first],
    ['A', '2026-03-01'],
    ['A', '2026-04-01'],
    ['A', '2026-05-01'],
    ['A', last],
  ];
  const cases: Case[] = [
    ['5 gives over 180 days, nothing back', { gives: gives('2026-01-01', '2026-06-30') }, 1],
    ['5 gives over 179 days', { gives: gives('2026-01-01', '2026-06-29') }, 0],
    ['one take back', { gives: gives('2026-01-01', '2026-07-01'), takes: [['A', '2026-08-01']] }, 0],
    [
      'they reached out once',
      { gives: gives('2026-01-01', '2026-07-01'), touches: [['A', '2026-08-01', true]] },
      0,
    ],
    ['4 gives', { gives: gives('2026-01-01', '2026-07-01').slice(1) }, 0],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('one-sided', spec)).toHaveLength(n));
});

describe('dont-force', () => {
  const cases: Case[] = [
    [
      '3 gives in 90 days, no chemistry',
      {
        people: { A: { chemistry: false } },
        gives: [
          ['A', '2026-09-01'],
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
      },
      1,
    ],
    [
      '2 gives',
      {
        people: { A: { chemistry: false } },
        gives: [
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
      },
      0,
    ],
    [
      'one give outside 90 days',
      {
        people: { A: { chemistry: false } },
        gives: [
          ['A', '2026-08-23'],
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
      },
      0,
    ],
    [
      'chemistry',
      {
        people: { A: {} },
        gives: [
          ['A', '2026-09-01'],
          ['A', '2026-10-01'],
          ['A', '2026-11-01'],
        ],
      },
      0,
    ],
  ];
  it.each(cases)('%s', (_d, spec, n) => expect(fire('dont-force', spec)).toHaveLength(n));
});
