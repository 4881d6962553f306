/** The findings a write reports at once: the coach's, for the records the command just made. */
import { writeFindings } from '../../coach/index.js';
import type { Finding, Focus } from '../../domain/finding.js';
import type { Deps } from './deps.js';

export function immediateFindings(deps: Deps, focus: Focus): Finding[] {
  return writeFindings(deps, focus);
}
