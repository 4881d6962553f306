import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFmt } from '../../src/i18n/fmt.js';
import { catalog } from '../../src/i18n/index.js';
import { rulesEn, rulesJa } from '../../src/i18n/rules.js';
import { RULE_IDS, RULES } from '../../src/rules/index.js';

const dir = join(import.meta.dirname, '..', '..', 'src', 'rules');
const NOT_RULES = ['index.ts', 'engine.ts', 'types.ts', 'util.ts'];
const RULES_MD = (
  'mixer-for-networking mixer-for-insight paid-club wide-not-deep try-better-rooms hobby-as-networking give-first give-take-ratio ' +
  'taking-more-than-giving info-taker slash-and-burn too-soon-to-ask small-gives one-sided dont-force go-deep ' +
  'keep-in-touch cherish-your-circle ask-for-intros thank-the-introducer no-goal step-ahead pinpoint-prep ' +
  'invest-in-yourself field-context'
).split(' ');

/** Placeholders a message reads: the p.xxx names in its source. */
const placeholders = (fn: unknown) =>
  [...new Set([...String(fn).matchAll(/\bp\.([a-zA-Z]+)/g)].map((m) => m[1]))].sort();

describe('rule conventions', () => {
  it('every rule file is registered under its own id, and the registry is sorted', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULE_IDS).toEqual(files);
    for (const id of RULE_IDS) expect(RULES[id].meta.id).toBe(id);
    expect(Object.keys(RULES)).toEqual([...Object.keys(RULES)].sort());
  });

  it("no rule, nor the coach, reads a person's latest take: the coach loads facts without it", () => {
    const coach = join(dir, '..', 'coach');
    const files = [
      ...readdirSync(dir).map((f) => join(dir, f)),
      ...readdirSync(coach).map((f) => join(coach, f)),
      join(dir, '..', 'domain', 'network.ts'),
      join(dir, '..', 'domain', 'metrics.ts'),
    ];
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('lastTake'))).toEqual([]);
  });

  it('implements every rule of RULES.md', () => {
    expect(RULES_MD.filter((id) => !(RULE_IDS as string[]).includes(id))).toEqual([]);
  });

  it('every rule has sources, or is marked beyond the articles', () => {
    for (const id of RULE_IDS) {
      const { meta } = RULES[id];
      if (meta.beyondArticles) expect(meta.sources, id).toEqual([]);
      else expect(meta.sources.length, id).toBeGreaterThan(0);
      if (meta.beyondArticles) expect(RULES_MD).not.toContain(id);
    }
  });

  it('every rule has messages and docs in both languages, with the same placeholders', () => {
    for (const id of RULE_IDS) {
      const en = rulesEn[id] as Record<string, unknown>;
      const ja = rulesJa[id] as Record<string, unknown>;
      expect(Object.keys(ja).sort(), id).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        const enUses = placeholders(en[key]);
        const jaUses = placeholders(ja[key]);
        // Japanese may leave out a detail English needs for grammar, never invent one.
        for (const p of jaUses) expect(enUses, `${id}.${key}: ja uses p.${p}`).toContain(p);
      }
      for (const lang of ['en', 'ja'] as const) {
        const doc = catalog(lang).ruleDocs[id];
        expect(doc.summary.length, `${lang} ${id}`).toBeGreaterThan(5);
        expect(doc.why.length, `${lang} ${id}`).toBeGreaterThan(10);
      }
    }
  });

  it('the Japanese catalogue is Japanese', () => {
    const f = makeFmt('ja', '2026-11-22', 'JPY');
    const text = (rulesJa['give-first'].nothingYet as (p: unknown, f: unknown) => string)(
      { name: '田中', what: '相談', kind: 'advice', date: '2026-11-01', count: 1, givenSince: 0 },
      f,
    );
    expect(text).toMatch(/[\u3040-\u30ff]/);
    expect(text).toContain('11月1日');
  });
});
