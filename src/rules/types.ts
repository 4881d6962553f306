/** The shape of a coaching rule (after ESLint's rule modules) and what the engine hands it. */
import type { Day } from '../domain/dates.js';
import type { Focus, Severity } from '../domain/finding.js';
import type { Network } from '../domain/network.js';
import type { Profile } from '../domain/types.js';
import type { RuleMessages } from '../i18n/rules.js';

export type RuleId = keyof RuleMessages & string;
export type MsgId<R extends RuleId> = keyof RuleMessages[R] & string;
export type MsgData<R extends RuleId, M extends MsgId<R>> = RuleMessages[R][M] extends (
  p: infer P,
  ...rest: never[]
) => string
  ? P
  : never;

/** Article ids from the shared articles README. */
export type ArticleId = 'A1' | 'A2' | 'A3' | 'A4' | 'A5';

export interface RuleMeta<R extends RuleId, D extends Record<string, number> = Record<string, number>> {
  id: R;
  /** 'varies' when the threshold decides (give-take-ratio). */
  severity: Severity | 'varies';
  /** Empty only for rules beyond the articles, which say so. */
  sources: ArticleId[];
  beyondArticles?: boolean;
  defaults: D;
  /** Reported by write commands about the record they just made. */
  immediate?: boolean;
  /** Only write commands report it; `rel review` does not. */
  writeOnly?: boolean;
  /** Within a severity, lower comes first: what a coach raises first. */
  priority: number;
  /** Asks about one person: the default review merges them into one message per person. */
  group?: 'asks';
  /** Whether `rel today` may show it as the one thing that matters (default true). */
  today?: boolean;
  /** Option keys that are look-back windows in days: the coach loads rows that far back. */
  lookback?: readonly (keyof D & string)[];
  /** Option keys the review header shows as aims. */
  aims?: Partial<Record<'ratio' | 'deep', keyof D & string>>;
  /** Picks people to act on: runs after the other rules and skips the people they caution about. */
  recommends?: boolean;
  /** Names people not to count on or push toward: recommenders skip them. */
  cautions?: boolean;
  /** False when the message names events rather than its people (a mixer's unmet guests). */
  names?: boolean;
}

export interface Report<R extends RuleId, M extends MsgId<R>, N extends MsgId<R>> {
  messageId: M;
  data: MsgData<R, M>;
  /** A short "next move" for the review's top three. */
  move?: { messageId: N; data: MsgData<R, N>; people?: number[] };
  people?: number[];
  severity?: Severity;
  /** The records behind the finding, so a write reports only what it touched. */
  refs?: Focus;
  /** Higher first among findings of one severity. */
  weight?: number;
}

export interface RuleContext<R extends RuleId, D extends Record<string, number> = Record<string, number>> {
  net: Network;
  profile: Profile;
  options: D;
  today: Day;
  report<M extends MsgId<R>, N extends MsgId<R> = never>(r: Report<R, M, N>): void;
  /** For recommenders: a person another finding cautions about, or already named twice. */
  avoid(id: number): boolean;
}

export interface Rule<R extends RuleId = RuleId, D extends Record<string, number> = Record<string, number>> {
  meta: RuleMeta<R, D>;
  evaluate(ctx: RuleContext<R, D>): void;
}

export function defineRule<R extends RuleId, D extends Record<string, number>>(rule: Rule<R, D>): Rule<R, D> {
  return rule;
}

/** What the engine returns: language-free; output/ words it. */
export interface RawFinding {
  rule: RuleId;
  severity: Severity;
  messageId: string;
  data: unknown;
  move?: { messageId: string; data: unknown; people: number[] };
  people: number[];
  sources: ArticleId[];
  refs: Focus;
  weight: number;
}
