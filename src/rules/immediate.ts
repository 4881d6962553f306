import type { Deps } from '../commands/deps.js';
import type { Finding, Focus } from '../domain/finding.js';

/** The findings a write triggers at once, about the records it just made. */
export function immediateFindings(_deps: Deps, _focus: Focus): Finding[] {
  return [];
}
