/** One run of the CLI, from arguments to an exit code: what main.ts calls, and what tests drive in-process. */
import { newSession, type Session } from './terminal.js';
import { LEAN_COMMANDS } from './lean-names.js';

/** `session` holds the terminal it speaks to (the process's unless given: tests pass their own). */
export async function cli(
  argv: readonly string[],
  version: string,
  session: Session = newSession(),
): Promise<number> {
  const { term } = session;
  // The fastest path: no imports beyond fs for the most common scripted call.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    term.stdout.write(`${version}\n`);
    return 0;
  }
  // The commands typed many times a day skip commander when their command line is plain.
  if (argv.some((a) => LEAN_COMMANDS.has(a))) {
    const code = await (await import('./lean.js')).lean(argv, session);
    if (code !== undefined) return code;
  }
  const { buildProgram } = await import('./program.js');
  try {
    const program = buildProgram(version, session);
    const { localizeHelp } = await import('./help-format.js');
    const { earlyLang, terminalColumns } = await import('./context.js');
    localizeHelp(program, earlyLang(argv, term.env), terminalColumns(term));
    const { isBare, registerStart, START } = await import('./program-start.js');
    registerStart(program);
    await program.parseAsync(isBare(argv) ? [START, ...argv] : [...argv], { from: 'user' });
    return 0;
  } catch (e) {
    return (await import('./errors.js')).report(e, argv, session);
  }
}
