// A separate rel process for the concurrency test: runs the built CLI in a loop, as cron and a
// person would. usage: node worker.mjs write <tag> <count> | node worker.mjs remind <stopfile>
import { existsSync } from 'node:fs';
import { cli } from '../../dist/cli/entry.js';

const [mode, arg, count] = process.argv.slice(2);
let failures = 0;
const quiet = { write: () => true };
const realErr = process.stderr.write.bind(process.stderr);
process.stdout.write = quiet.write;
if (mode === 'write') {
  for (let i = 0; i < Number(count); i++) {
    const code = await cli(['give', 'Ken Sato', `${arg}-${i}`, '--kind', 'help'], '0');
    if (code !== 0) failures++;
  }
} else {
  let runs = 0;
  while (!existsSync(arg)) {
    if ((await cli(['remind'], '0')) !== 0) failures++;
    runs++;
  }
  realErr(`remind runs: ${runs}\n`);
}
process.exitCode = failures === 0 ? 0 : 1;
