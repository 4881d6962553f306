/** Issue: only advice the articles would give. Offered takes and sales are never asks. */
import { expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { fire } from '../helpers/rules.js';

const inbound = { Ren: { origin: 'inbound' as const, met: '2026-11-01' } };

ruleTester('give-first', {
  valid: [
    {
      name: 'an offered take is not an ask',
      spec: { people: inbound, takes: [['Ren', '2026-11-05', 'referral', 'offered']] },
    },
    { name: 'a sale is left to slash-and-burn', spec: { takes: [['Ren', '2026-11-05', 'sale']] } },
  ],
  invalid: [
    {
      name: 'the same take asked for',
      spec: { people: inbound, takes: [['Ren', '2026-11-05', 'referral']] },
      errors: [{ messageId: 'nothingYet', people: ['Ren'], data: { kind: 'referral', givenSince: 0 } }],
    },
  ],
});

ruleTester('too-soon-to-ask', {
  valid: [
    {
      name: 'an offered referral days after meeting',
      spec: { people: inbound, takes: [['Ren', '2026-11-05', 'referral', 'offered']] },
    },
  ],
  invalid: [
    {
      name: 'a referral asked for 4 days after meeting',
      spec: { people: inbound, takes: [['Ren', '2026-11-05', 'referral']] },
      errors: [{ messageId: 'early', people: ['Ren'], data: { days: 4, gives: 0 } }],
    },
  ],
});

const three = (extra?: 'offered'): [string, string, 'info', 'offered'?][] =>
  ['2026-09-01', '2026-10-01', '2026-11-01'].map(
    (d) => ['Aiko', d, 'info', ...(extra ? [extra] : [])] as [string, string, 'info', 'offered'?],
  );

ruleTester('info-taker', {
  valid: [
    { name: 'three offers unasked', spec: { takes: three('offered') } },
    {
      name: 'three sales',
      spec: {
        takes: [
          ['Aiko', '2026-09-01', 'sale'],
          ['Aiko', '2026-10-01', 'sale'],
          ['Aiko', '2026-11-01', 'sale'],
        ],
      },
    },
    {
      name: 'two asks and an offer',
      spec: {
        takes: [
          ['Aiko', '2026-09-01', 'info'],
          ['Aiko', '2026-10-01', 'info'],
          ['Aiko', '2026-11-01', 'info', 'offered'],
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'three asks in 90 days',
      spec: { takes: three() },
      errors: [{ messageId: 'asks', people: ['Aiko'], data: { count: 3 } }],
    },
  ],
});

ruleTester('taking-more-than-giving', {
  valid: [
    {
      name: 'two sales and no give: slash-and-burn reports it',
      spec: {
        takes: [
          ['Naoki', '2026-01-01', 'sale'],
          ['Naoki', '2026-02-01', 'sale'],
        ],
      },
    },
    {
      name: 'an offer already answered with a give',
      spec: { takes: [['Ren', '2026-11-05', 'referral', 'offered']], gives: [['Ren', '2026-11-06']] },
    },
    { name: 'as many gives as takes', spec: { takes: [['A', '2026-01-01']], gives: [['A', '2026-01-02']] } },
  ],
  invalid: [
    {
      name: 'an offer unanswered: a tip to thank them, never a warning',
      spec: { people: inbound, takes: [['Ren', '2026-11-05', 'referral', 'offered']] },
      errors: [
        { messageId: 'offered', people: ['Ren'], severity: 'tip', data: { name: 'Ren', date: '2026-11-05' } },
      ],
    },
    {
      name: 'two asks, one give: a warning counting asks only',
      spec: {
        takes: [
          ['A', '2026-01-01'],
          ['A', '2026-02-01'],
          ['A', '2026-03-01', 'sale'],
          ['A', '2026-04-01', 'help', 'offered'],
        ],
        gives: [['A', '2026-01-15']],
      },
      errors: [{ messageId: 'owe', people: ['A'], severity: 'warning', data: { asks: 2, gives: 1 } }],
    },
  ],
});

ruleTester('give-take-ratio', {
  valid: [
    { name: 'no takes', spec: { gives: [['A', '2026-11-01']] } },
    {
      name: "a sale is slash-and-burn's alone, not a take the ratio weighs",
      spec: { gives: [['A', '2026-10-01']], takes: [['Naoki', '2026-11-01', 'sale']] },
    },
  ],
  invalid: [
    {
      name: 'an offered take counts in the ratio but never makes it a warning, nor names them',
      spec: {
        people: inbound,
        gives: [['Ren', '2026-11-06', 'thanks']],
        takes: [
          ['Ren', '2026-11-05', 'referral', 'offered'],
          ['Naoki', '2026-10-01', 'sale'],
        ],
      },
      errors: [
        {
          messageId: 'low',
          people: [],
          severity: 'tip',
          data: { gives: 1, takes: 1, ratio: 1, aim: 10, name: null },
        },
      ],
    },
    {
      name: 'takes asked for still warn, offered ones beside them or not',
      spec: {
        people: inbound,
        gives: [['A', '2026-10-01']],
        takes: [
          ['Ren', '2026-11-05', 'referral', 'offered'],
          ['A', '2026-10-20', 'advice'],
        ],
      },
      errors: [
        {
          messageId: 'low',
          people: ['A'],
          severity: 'warning',
          data: { gives: 1, takes: 2, ratio: 0.5, aim: 10, name: 'A' },
        },
      ],
    },
    {
      name: 'an attitude, not a quota: names whom to please, never a count of gives owed',
      spec: {
        gives: [
          ['A', '2026-10-01'],
          ['A', '2026-10-02'],
          ['A', '2026-10-03'],
        ],
        takes: [
          ['A', '2026-09-01'],
          ['Bo', '2026-11-01'],
        ],
      },
      errors: [
        {
          messageId: 'low',
          people: ['Bo'],
          severity: 'warning',
          data: { gives: 3, takes: 2, ratio: 1.5, aim: 10, name: 'Bo' },
        },
      ],
    },
  ],
});

it('give-take-ratio never counts the gives still owed', () => {
  const [f] = fire('give-take-ratio', { gives: [['A', '2026-10-01']], takes: [['A', '2026-09-01']] });
  expect(Object.keys(f!.data as object)).not.toContain('more');
});

ruleTester('small-gives', {
  valid: [{ name: 'a give this month', spec: { people: { A: {} }, gives: [['A', '2026-11-10']] } }],
  invalid: [
    {
      name: 'never thanks someone for a sale; "again" only after a logged thank-you',
      spec: {
        people: { Naoki: { ahead: true }, Aiko: {} },
        takes: [
          ['Naoki', '2026-09-01', 'sale'],
          ['Aiko', '2026-08-01', 'advice'],
        ],
        gives: [['Aiko', '2026-08-02', 'thanks']],
      },
      errors: [
        {
          messageId: 'none',
          people: ['Naoki', 'Aiko'],
          data: {
            ideas: [
              { name: 'Naoki', idea: 'thanks', about: null, again: false },
              { name: 'Aiko', idea: 'thanks', about: 'take 2026-08-01', again: true },
            ],
          },
        },
      ],
    },
  ],
});
