/** Entry point: run the CLI and exit with its code. The only place that calls process.exit. */
import { readFileSync } from 'node:fs';
import { cli } from './entry.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

// A reader that stops early (`rel export --format md | head`) is not an error: stop quietly. Any
// other failure of standard output (`> /dev/full`, a disk error) is said once the command is done.
let stdoutFailed: NodeJS.ErrnoException | undefined;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  stdoutFailed ??= e;
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const code = await cli(process.argv.slice(2), version);
// Writes to a pipe can still be queued (a large `list --json | jq`): let them drain before exiting.
const drained = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
if (stdoutFailed) {
  const { outputFailed } = await import('./errors.js');
  process.stderr.write(`rel: ${outputFailed(stdoutFailed, process.argv.slice(2))}\n`);
  await drained(process.stderr);
  process.exit(1);
}
process.exit(code);
