/** Progress is noticed: a target met, a repair after a sale, a stopped run of mixers, a better ratio. */
import { describe, expect, it } from 'vitest';
import { pickMoves } from '../../src/coach/present.js';
import { runRules } from '../../src/rules/engine.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { snapshot, type Spec } from '../helpers/rules.js';

ruleTester('progress', {
  valid: [
    {
      name: 'a target not met yet',
      spec: { people: { T: { target: true, prep: { give: 'a translation' } } } },
    },
    {
      name: 'a target met and already given what was prepared',
      spec: {
        people: { T: { met: '2026-11-10', prep: { give: 'a translation' } } },
        gives: [['T', '2026-11-12']],
      },
    },
    {
      name: 'a sale and no give since',
      spec: { takes: [['N', '2026-10-01', 'sale']], gives: [['N', '2026-09-01']] },
    },
    {
      name: 'mixers still going',
      spec: {
        events: [
          { kind: 'mixer', date: '2026-05-01' },
          { kind: 'mixer', date: '2026-06-01' },
          { kind: 'mixer', date: '2026-11-01' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a target met this month: give what you prepared',
      spec: { people: { T: { met: '2026-11-10', prep: { give: 'a translation of her post' } } } },
      errors: [
        {
          messageId: 'metTarget',
          people: ['T'],
          severity: 'tip',
          data: { give: 'a translation of her post' },
        },
      ],
    },
    {
      name: 'a give after a sale: a repair',
      spec: { takes: [['N', '2026-10-01', 'sale']], gives: [['N', '2026-11-15']] },
      errors: [
        { messageId: 'repair', people: ['N'], severity: 'info', data: { gives: 1, sale: '2026-10-01' } },
      ],
    },
    {
      name: 'a give on the day of the sale is not a repair; only those after it count',
      spec: {
        takes: [['N', '2026-10-01', 'sale']],
        gives: [
          ['N', '2026-10-01'],
          ['N', '2026-11-15'],
        ],
      },
      errors: [{ messageId: 'repair', people: ['N'], data: { gives: 1, sale: '2026-10-01' } }],
    },
    {
      name: 'no mixer for 90 days after two before',
      spec: {
        events: [
          { kind: 'mixer', date: '2026-05-01' },
          { kind: 'party', date: '2026-06-01' },
        ],
      },
      errors: [{ messageId: 'mixersStopped', data: { before: 2, days: 90 } }],
    },
    {
      name: 'the ratio rose by a full point in 90 days',
      spec: {
        takes: [
          ['A', '2026-03-01'],
          ['A', '2026-04-01'],
        ],
        gives: ['2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05', '2026-09-06'].map(
          (d) => ['A', d] as [string, string],
        ),
      },
      errors: [{ messageId: 'ratioUp', data: { now: { ratio: 3 }, then: { ratio: 0 } } }],
    },
    {
      name: 'the year of the ratio ends today and starts the day after the same day a year before',
      spec: {
        // 2025-11-22 is a year before today: out of this year, in the year up to 90 days ago.
        takes: [
          ['A', '2025-08-25'],
          ['A', '2025-11-22'],
          ['A', '2025-11-23'],
        ],
        gives: ['2026-09-01', '2026-09-02', '2026-09-03'].map((d) => ['A', d] as [string, string]),
      },
      errors: [
        {
          messageId: 'ratioUp',
          data: { now: { gives: 3, takes: 1, ratio: 3 }, then: { gives: 0, takes: 3, ratio: 0 } },
        },
      ],
    },
  ],
});

describe('an MLM event is said in stronger words', () => {
  it('mixer-for-networking names it', () => {
    const f = runRules(
      snapshot({ events: [{ kind: 'mlm', date: '2026-11-01' }] }),
      '2026-11-22',
      {},
      {
        mode: 'review',
        only: ['mixer-for-networking'],
      },
    );
    expect(f.map((x) => [x.messageId, (x.data as { mlm: string }).mlm])).toEqual([
      ['spentMlm', 'mlm 2026-11-01'],
    ]);
  });
});

describe('the next three moves', () => {
  it('the obvious one first: a friend overdue whose birthday is this week, before generic advice', () => {
    const spec: Spec = {
      people: { Friend: { origin: 'school', every: '30d', birthday: '1990-11-25' }, Other: {} },
      touches: [['Friend', '2026-06-10']],
      takes: [
        ['Other', '2026-11-01', 'advice'],
        ['Other', '2026-11-02', 'advice'],
      ],
      gives: [['Other', '2026-10-01']],
    };
    const raw = runRules(snapshot(spec), '2026-11-22', {}, { mode: 'review' });
    const moves = pickMoves(raw);
    expect(moves[0]!.move!.people).toEqual([1]);
    expect(new Set(moves.map((m) => m.rule)).size).toBe(moves.length);
    // Then someone else, and a person comes back only when nothing else is worth doing.
    expect(moves.map((m) => m.move!.people[0]).slice(0, 2)).toEqual([1, 2]);
    expect(moves.filter((m) => m.move!.people[0] === 1)).toHaveLength(1);
  });
});
