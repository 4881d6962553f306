/**
 * The review's chart counts twelve months however short the rules' windows are set: the rows it
 * loads reach back to the chart's first month (today's and 90 days ago), not only as far as the
 * rules look.
 */
import { describe, expect, it } from 'vitest';
import { coach, metricWindows, reviewStart } from '../../src/coach/index.js';
import { loadHistory } from '../../src/db/history.js';
import { RULE_IDS, RULES } from '../../src/rules/index.js';
import { lookbackKeys, windowStart, type RulesConfig } from '../../src/rules/engine.js';
import { metricsAt, previousDay } from '../../src/domain/trends.js';
import { testEnv } from '../helpers/db.js';
import { randomNetwork } from '../helpers/random-network.js';

/** Every rule that looks back, set to look back `days`. */
function lookingBack(days: number): RulesConfig {
  const rules: RulesConfig = {};
  for (const id of RULE_IDS)
    for (const key of lookbackKeys(RULES[id])) rules[id] = { ...rules[id], [key]: days };
  return rules;
}

describe('the chart with short rule windows', () => {
  it('counts every month from the rows, today and 90 days ago', () => {
    const { db, deps } = testEnv();
    randomNetwork(db, 5, deps.today, 60);
    deps.config.rules = lookingBack(30);
    // The rules alone would load four months of rows.
    expect(windowStart(deps.today, deps.config.rules)).toBe('2026-07-25');
    expect(reviewStart(deps.today, deps.config.rules)).toBe('2025-09-01');
    const r = coach(deps);
    const h = loadHistory(db);
    const w = metricWindows(deps.config.rules);
    const now = metricsAt(h, deps.today, w);
    const then = metricsAt(h, previousDay(deps.today), w);
    // The network has rows in every month, so a month left out would show.
    expect(now.monthly.every((m) => m.gives > 0 && m.takes > 0)).toBe(true);
    expect(r.metrics.monthly).toEqual(now.monthly);
    expect(r.metrics.previous).toEqual(then);
    expect(r.metrics.givesToTakes).toEqual(now.givesToTakes);
  });

  it('loads no more than the rules need when they look back a year or more', () => {
    expect(reviewStart('2026-11-22', {})).toBe(windowStart('2026-11-22', {}));
  });
});
