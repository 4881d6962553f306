/** Bare `rel` (nothing but global options): the start page instead of the full help. */
import type { Command } from 'commander';
import { run } from './run.js';

export const START = '__start';

/** Global options and whether each takes a value. */
const GLOBAL: Record<string, boolean> = { '--db': true, '--lang': true, '--no-color': false };

/** Whether the arguments name no command (and ask for no help or version). */
export function isBare(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const flag = a.split('=')[0]!;
    if (!(flag in GLOBAL)) return false;
    if (GLOBAL[flag] && !a.includes('=')) i++;
  }
  return true;
}

export function registerStart(program: Command): void {
  program
    .command(START, { hidden: true })
    .description('the start page')
    .action((_o, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../commands/start.js')).start({}, d),
        text: async (r, x) => (await import('../output/start.js')).startText(r, x),
      }),
    );
}
