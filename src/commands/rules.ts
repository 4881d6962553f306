import { UsageError } from '../errors.js';
import { ARTICLES } from '../domain/articles.js';
import { closest } from '../domain/names.js';
import { optionsFor } from '../rules/engine.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import type { RuleId } from '../rules/types.js';
import type { Deps } from './support/deps.js';

export interface RuleInfo {
  id: RuleId;
  severity: string;
  summary: string;
  why: string;
  sources: { id: string; title: string }[];
  beyondArticles: boolean;
  enabled: boolean;
  immediate: boolean;
  writeOnly: boolean;
  thresholds: Record<string, number>;
  defaults: Record<string, number>;
}

export interface RulesResult {
  rules: RuleInfo[];
}

export function findRule(id: string): RuleId {
  const want = id.trim().toLowerCase();
  const hit = RULE_IDS.find((r) => r === want);
  if (hit) return hit;
  const near = closest(
    want,
    RULE_IDS.map((r, i) => ({ id: i, name: r, nicknames: [] })),
  ).map((p) => p.name);
  throw new UsageError('unknownRule', { id, closest: near });
}

export async function rules(opts: { id?: string }, deps: Deps): Promise<RulesResult> {
  const ids = opts.id === undefined ? RULE_IDS : [findRule(opts.id)];
  return {
    rules: ids.map((id) => {
      const { meta } = RULES[id];
      const doc = deps.t.ruleDocs[id];
      return {
        id,
        severity: meta.severity,
        summary: doc.summary,
        why: doc.why,
        sources: meta.sources.map((a) => ({ id: a, title: ARTICLES[a] })),
        beyondArticles: meta.beyondArticles === true,
        enabled: deps.config.rules[id]?.enabled !== false,
        immediate: meta.immediate === true,
        writeOnly: meta.writeOnly === true,
        thresholds: optionsFor(id, deps.config.rules),
        defaults: { ...meta.defaults },
      };
    }),
  };
}
