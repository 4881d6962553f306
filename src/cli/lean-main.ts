/**
 * Entry of dist/bundle/lean.cjs, one CommonJS file: bin/rel.js hands it the command lines of the
 * commands typed many times a day (give, take, touch, show, list, search, remind, today) and of
 * review, so they start without the ES module loader, commander or every command's wiring. It
 * answers false, having done nothing, when the command line needs commander (help, a usage error
 * …): bin/rel.js then loads the full CLI.
 */
import { asciiInRootOrder, orderAsciiAsRoot } from '../domain/collate.js';
import { finish, guardStreams } from './finish.js';
import { parseLean, runLean } from './lean.js';
import { newSession, processTerminal, type Terminal } from './terminal.js';

export async function main(
  argv: readonly string[],
  // Files and pipes written without Node's streams (cli/terminal.ts): nothing here has touched them.
  // The build's warm-up (scripts/warm-lean.cjs) hands in a terminal that keeps nothing.
  term: Terminal = processTerminal({ writeSync: true }),
): Promise<boolean> {
  const call = parseLean(argv);
  if (!call) return false;
  guardStreams();
  orderAsciiAsRoot(asciiInRootOrder(process.env, process.platform));
  const session = newSession(term);
  return finish(await runLean(call, argv, session), argv, session);
}
