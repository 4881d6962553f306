/** Entry point: parse, run, and turn errors into a clear line on stderr and an exit code. */
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

async function main(): Promise<number> {
  // The fastest path: no imports beyond fs for the most common scripted call.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const { buildProgram } = await import('./program.js');
  try {
    await buildProgram(version).parseAsync(process.argv);
    return 0;
  } catch (e) {
    return (await import('./errors.js')).report(e, argv);
  }
}

process.exit(await main());
