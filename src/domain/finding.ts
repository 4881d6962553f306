export type Severity = 'critical' | 'warning' | 'tip' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'tip', 'info'];

/** What the CLI prints and `--json` emits for one piece of advice. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  people: { id: number; name: string }[];
  sources: string[];
}

/**
 * Marks the keys of a result whose values are getters computed when first read (the review's every
 * finding, worded): whatever copies the result keeps them getters (output/visible.ts).
 */
export const LAZY: unique symbol = Symbol.for('rel.lazy');

/** A write command's focus: the records it just made, so only findings about them are reported. */
export interface Focus {
  ledgerIds?: number[];
  eventIds?: number[];
  introIds?: number[];
}
