import { describe, expect, it } from 'vitest';
import { fire, type Spec } from '../helpers/rules.js';

type Case = [string, Spec, number];

describe('no-goal and step-ahead', () => {
  it.each<Case>([
    ['no profile', {}, 1],
    ['a blank goal', { profile: { goal: '  ' } }, 1],
    ['a goal', { profile: { goal: 'freelance engineer' } }, 0],
  ])('no-goal: %s', (_d, spec, n) => expect(fire('no-goal', spec)).toHaveLength(n));

  it.each<Case>([
    ['a goal and no one ahead', { profile: { goal: 'freelance engineer' }, people: { A: {} } }, 1],
    [
      'a goal and someone ahead',
      { profile: { goal: 'freelance engineer' }, people: { A: { ahead: true } } },
      0,
    ],
    ['no goal (no-goal speaks instead)', { people: { A: {} } }, 0],
  ])('step-ahead: %s', (_d, spec, n) => expect(fire('step-ahead', spec)).toHaveLength(n));
});

describe('pinpoint-prep', () => {
  it('lists what is missing for each target', () => {
    const f = fire('pinpoint-prep', {
      people: { T: { target: true, prep: { studied: 'read her book' } }, A: {} },
    });
    expect(f.map((x) => [x.messageId, (x.data as { missing?: string[] }).missing])).toEqual([
      ['prep', ['give', 'reason']],
      ['ownLevel', undefined],
    ]);
  });

  it('says go when the prep is complete, and nothing once met', () => {
    const ready = { studied: 'book', give: 'a translation', reason: 'learn from her' };
    expect(fire('pinpoint-prep', { people: { T: { target: true, prep: ready } } })[0]!.messageId).toBe(
      'ready',
    );
    expect(fire('pinpoint-prep', { people: { T: { target: false, prep: ready } } })).toHaveLength(0);
  });
});

describe('invest-in-yourself', () => {
  it.each<Case>([
    ['nothing listed to give', { people: { A: {} }, gives: [['A', '2026-11-01']] }, 1],
    [
      'something to give but no give in 90 days',
      { profile: { canGive: ['code review'] }, people: { A: {} }, gives: [['A', '2026-08-23']] },
      1,
    ],
    [
      'something to give and a give 90 days ago',
      { profile: { canGive: ['code review'] }, people: { A: {} }, gives: [['A', '2026-08-24']] },
      0,
    ],
    ['an empty network', {}, 0],
  ])('%s', (_d, spec, n) => expect(fire('invest-in-yourself', spec)).toHaveLength(n));
});

describe('field-context', () => {
  it.each([
    ['it', 'tiesBringWork'],
    ['web', 'tiesBringWork'],
    ['marketing', 'tiesBringWork'],
    ['sales', 'sales'],
    ['other', 'skillFirst'],
  ] as const)('%s → %s', (field, messageId) => {
    expect(fire('field-context', { profile: { field } }).map((f) => f.messageId)).toEqual([messageId]);
  });

  it('is silent without a field', () => expect(fire('field-context', {})).toHaveLength(0));
});

describe('config', () => {
  it('switches a rule off and moves thresholds', () => {
    const spec: Spec = { takes: [['A', '2026-11-01']] };
    expect(fire('give-first', spec, { config: { 'give-first': { enabled: false } } })).toHaveLength(0);
    const ratio: Spec = {
      gives: [
        ['A', '2026-10-01'],
        ['A', '2026-10-02'],
        ['A', '2026-10-03'],
      ],
      takes: [['A', '2026-10-04']],
    };
    expect(fire('give-take-ratio', ratio)[0]!.severity).toBe('tip');
    expect(fire('give-take-ratio', ratio, { config: { 'give-take-ratio': { aim: 3 } } })[0]!.severity).toBe(
      'info',
    );
  });
});
