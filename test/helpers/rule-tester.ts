/**
 * Table tests for one rule in the manner of ESLint's RuleTester: `valid` cases fire nothing;
 * `invalid` cases list, in order, each finding's messageId, the people it names and the data it
 * carries (a subset), so a test says which advice fired about whom with which numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/domain/finding.js';
import type { RulesConfig } from '../../src/rules/engine.js';
import type { RuleId } from '../../src/rules/types.js';
import { fire, named, type Spec } from './rules.js';

interface Case {
  name: string;
  spec: Spec;
  today?: string;
  config?: RulesConfig;
}
export interface Expected {
  messageId: string;
  /** The people the finding points at, in order. */
  people?: string[];
  severity?: Severity;
  data?: Record<string, unknown>;
}

export function ruleTester(
  rule: RuleId,
  cases: { valid: Case[]; invalid: (Case & { errors: Expected[] })[] },
) {
  describe(rule, () => {
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => {
        const got = fire(rule, c.spec, c);
        expect(
          got.map((f) => f.messageId),
          'no finding expected',
        ).toEqual([]);
      });
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        const got = fire(rule, c.spec, c);
        const people = named(got, c.spec);
        expect(got.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => {
          if (e.people) expect(people[i], `people of finding ${i}`).toEqual(e.people);
          if (e.severity) expect(got[i]!.severity, `severity of finding ${i}`).toBe(e.severity);
          if (e.data) expect(got[i]!.data, `data of finding ${i}`).toMatchObject(e.data);
        });
      });
  });
}
