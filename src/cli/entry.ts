/** One run of the CLI, from arguments to an exit code: what main.ts calls, and what tests drive in-process. */
export async function cli(argv: readonly string[], version: string): Promise<number> {
  // The fastest path: no imports beyond fs for the most common scripted call.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const { buildProgram } = await import('./program.js');
  const { session } = await import('./run.js');
  session.lang = undefined;
  session.dbPath = undefined;
  try {
    const program = buildProgram(version);
    const { localizeHelp } = await import('./help-format.js');
    const { earlyLang, terminalColumns } = await import('./context.js');
    localizeHelp(program, earlyLang(argv), terminalColumns());
    const { isBare, registerStart, START } = await import('./program-start.js');
    registerStart(program);
    await program.parseAsync(isBare(argv) ? [START, ...argv] : [...argv], { from: 'user' });
    return 0;
  } catch (e) {
    return (await import('./errors.js')).report(e, argv);
  }
}
