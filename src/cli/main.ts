/** Entry point: run the CLI and exit with its code (bin/rel.js loads it; cli/finish.ts exits). */
import { readFileSync } from 'node:fs';
import { cli } from './entry.js';
import { asciiInRootOrder, orderAsciiAsRoot } from '../domain/collate.js';
import { finish, guardStreams } from './finish.js';
import { newSession } from './terminal.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

guardStreams();
orderAsciiAsRoot(asciiInRootOrder(process.env, process.platform));
const argv = process.argv.slice(2);
const session = newSession();
await finish(await cli(argv, version, session), argv, session);
