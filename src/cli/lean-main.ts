/**
 * Entry of dist/bundle/lean.cjs, one CommonJS file: bin/rel.js hands it the command lines of the
 * commands typed many times a day (give, take, touch, show, list, search, remind, today) and of
 * review, so they start without the ES module loader, commander or every command's wiring. It
 * answers false, having done nothing, when the command line needs commander (help, a usage error
 * …): bin/rel.js then loads the full CLI.
 */
import { finish, guardStreams } from './finish.js';
import { parseLean, runLean } from './lean.js';
import { newSession, processTerminal } from './terminal.js';

export async function main(argv: readonly string[]): Promise<boolean> {
  const call = parseLean(argv);
  if (!call) return false;
  guardStreams();
  // Files and pipes written without Node's streams (cli/terminal.ts): nothing here has touched them.
  const session = newSession(processTerminal({ writeSync: true }));
  return finish(await runLean(call, argv, session), argv, session);
}
