/** Commander wiring for important dates: rel date … and rel date rm. */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { run } from './run.js';

type Cmd = (name: string, description: string) => Command;

export function registerDates(cmd: Cmd): void {
  const date = cmd('date', 'important dates beside birthdays: an exam, a launch, an anniversary')
    .argument('[person]', 'whose date; without it, everyone’s dates')
    .argument('[label]', 'what it is, e.g. "book launch"; with --on, notes it (or moves it)')
    .option('--on <date>', 'the day: 2026-12-01, "3 Dec" (the next one), "next friday" …')
    .option('--yearly', 'it comes round every year (an anniversary)')
    .option('--json', 'print JSON')
    .action(
      (
        person: string | undefined,
        label: string | undefined,
        o: { on?: string; yearly?: boolean },
        c: Command,
      ) => {
        if (label === undefined && (o.on !== undefined || o.yearly))
          throw new UsageError('dateNeedsLabel', undefined);
        return label === undefined
          ? run(c, {
              mode: 'read',
              page: true,
              exec: async (d) =>
                (await import('../commands/dates.js')).listDates(person === undefined ? {} : { person }, d),
              text: async (r, x) => (await import('../output/dates.js')).dateListText(r, x),
            })
          : run(c, {
              mode: 'write',
              exec: async (d) =>
                (await import('../commands/dates.js')).noteDate({ ...o, person: person!, label }, d),
              text: async (r, x) => (await import('../output/dates.js')).dateSavedText(r, x),
            });
      },
    );

  date
    .command('rm')
    .description('remove one of a person’s dates')
    .argument('<person>')
    .argument('<label>')
    .option('--json', 'print JSON')
    .action((person: string, label: string, _o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/dates.js')).removeImportantDate({ person, label }, d),
        text: async (r, x) => (await import('../output/dates.js')).dateRemovedText(r, x),
      }),
    );
}
