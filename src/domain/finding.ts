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

/** A write command's focus: the records it just made, so only findings about them are reported. */
export interface Focus {
  ledgerIds?: number[];
  eventIds?: number[];
  introIds?: number[];
}
