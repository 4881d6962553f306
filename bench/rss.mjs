// Runs the CLI in this process and reports its peak resident memory (KB) to the file in REL_RSS_OUT.
import { writeFileSync } from 'node:fs';
process.argv = [
  process.argv[0],
  new URL('../bin/rel.js', import.meta.url).pathname,
  ...process.argv.slice(2),
];
process.on('exit', () => writeFileSync(process.env.REL_RSS_OUT, String(process.resourceUsage().maxRSS)));
await import('../dist/cli/main.js');
