/**
 * The command names (and alias) the lean start-up path (cli/lean.ts) may take. In a file of its own
 * so entry.ts can look for one without loading lean.ts; bin/rel.js, which is plain CommonJS, keeps
 * its own copy, and test/e2e/lean.test.ts checks the two agree.
 */
export const LEAN_COMMANDS: ReadonlySet<string> = new Set([
  'give',
  'take',
  'receive',
  'touch',
  'show',
  'list',
  'search',
  'remind',
  'today',
  'review',
]);
