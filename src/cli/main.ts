/** Entry point: run the CLI and exit with its code. The only place that calls process.exit. */
import { readFileSync } from 'node:fs';
import { cli } from './entry.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

process.exit(await cli(process.argv.slice(2), version));
