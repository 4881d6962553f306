/** Commander wiring only: every command and option; each action lazy-loads its command. */
import { Command, Option } from 'commander';
import { EVENT_KINDS, LEDGER_KINDS, ORIGINS, PURPOSES } from '../domain/vocab.js';
import { UsageError } from '../errors.js';
import { examples } from './help.js';
import { run } from './run.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function personOptions(cmd: Command, edit: boolean): Command {
  cmd
    .option('-o, --origin <origin>', `how you met: ${ORIGINS.join(', ')}`)
    .option('--via <introducer>', 'who introduced you (sets origin intro)')
    .option('-n, --nick <nickname>', 'a nickname (repeatable)', collect)
    .option('-t, --tag <tag>', 'a tag (repeatable)', collect)
    .option('--note <text>', 'a note about them')
    .option('-d, --date <when>', 'when you met (default today)')
    .option('-e, --every <cadence>', 'keep in touch every 2w, 30d, 3m … ("none" clears)')
    .option('-b, --birthday <date>', '1990-05-15, or 05-15 without the year')
    .option('--ahead', 'a step ahead of you on your path')
    .option('--no-chemistry', "not someone you'd spend private time with")
    .option('--target', 'someone you want to meet (not met yet)')
    .option('--again', 'allow a second person with the same name');
  if (edit) {
    cmd
      .option('--name <name>', 'rename')
      .option('--drop-nick <nickname>', 'remove a nickname (repeatable)', collect)
      .option('--untag <tag>', 'remove a tag (repeatable)', collect)
      .option('--no-ahead', 'no longer a step ahead')
      .option('--chemistry', 'someone you enjoy after all')
      .option('--no-target', 'no longer a want-to-meet target');
  }
  return cmd;
}

export function buildProgram(version: string): Command {
  const program = new Command('rel')
    .description('A networking coach: log what you give and receive, and get advice on building real ties.')
    .version(version, '-V, --version')
    .option('--db <file>', 'the database file (or REL_DB)')
    .option('--lang <lang>', 'en or ja (or REL_LANG)')
    .option('--no-color', 'no colors (or NO_COLOR)')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  const cmd = (name: string, description: string) =>
    program.command(name).description(description).addHelpText('after', examples(name));

  personOptions(cmd('add', 'add a person you know (or want to meet)').argument('<name>'), false)
    .option('--json', 'print JSON')
    .action((name: string, o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/add.js')).add({ ...o, name }, d),
        text: async (r, x) => (await import('../output/records.js')).addText(r, x),
      }),
    );

  for (const direction of ['give', 'take'] as const) {
    const c = cmd(
      direction,
      direction === 'give' ? 'log something you gave someone' : 'log something you received',
    )
      .argument('<person>')
      .argument('<what>', 'what it was, in a few words')
      .option('-k, --kind <kind>', `${LEDGER_KINDS.join(', ')}`)
      .option('-d, --date <when>', 'when (default today)')
      .option('--json', 'print JSON')
      .action((person: string, what: string, o, c: Command) =>
        run(c, {
          mode: 'write',
          exec: async (d) => (await import('../commands/ledger.js'))[direction]({ ...o, person, what }, d),
          text: async (r, x) => (await import('../output/records.js')).ledgerText(r, x),
        }),
      );
    if (direction === 'take') c.alias('receive');
  }

  cmd('touch', 'log a chat, a call or a message')
    .argument('<person>')
    .argument('[note]')
    .option('-d, --date <when>', 'when (default today)')
    .option('--inbound', 'they reached out to you')
    .option('--json', 'print JSON')
    .action((person: string, note: string | undefined, o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/touch.js')).touch({ ...o, person, note }, d),
        text: async (r, x) => (await import('../output/records.js')).touchText(r, x),
      }),
    );

  cmd('event', 'log an event you went to and whom you met there')
    .argument('<name>')
    .addOption(new Option('-k, --kind <kind>', EVENT_KINDS.join(', ')).makeOptionMandatory())
    .option('-p, --purpose <purpose>', PURPOSES.join(', '))
    .option('-d, --date <when>', 'when (default today)')
    .option('--cost <amount>', 'what it cost you')
    .option('--hours <n>', 'hours it took')
    .option('-m, --met <person>', 'someone you met there; new names are added (repeatable)', collect)
    .option('--for <person>', 'you went for them (their event): counts as a give')
    .option('--json', 'print JSON')
    .action((name: string, o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/event.js')).event({ ...o, name }, d),
        text: async (r, x) => (await import('../output/records.js')).eventText(r, x),
      }),
    );

  cmd('intro', 'log that <introducer> introduced you to <person> (added if new)')
    .argument('<introducer>')
    .argument('<person>')
    .option('-d, --date <when>', 'when (default today)')
    .option('--json', 'print JSON')
    .action((introducer: string, person: string, o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/intro.js')).intro({ ...o, introducer, person }, d),
        text: async (r, x) => (await import('../output/records.js')).introText(r, x),
      }),
    );

  cmd('target', 'someone you want to meet, and your prep: study their work, prepare a give, a reason')
    .argument('[person]', 'added if new; without it, lists your targets')
    .option('--studied <what>', 'what of theirs you read, used or tried')
    .option('--give <give>', 'the give you prepared for them')
    .option('--reason <line>', 'one line on why you want to meet')
    .option('--json', 'print JSON')
    .action((person: string | undefined, o, c: Command) =>
      run(c, {
        mode: person === undefined ? 'read' : 'write',
        exec: async (d) => (await import('../commands/target.js')).target({ ...o, person }, d),
        text: async (r, x) => (await import('../output/onboard.js')).targetText(r, x),
      }),
    );

  cmd('onboard', 'a short questionnaire: your goal, whom to know, what you can give')
    .option('--answers <file>', 'answers as JSON, without questions (for scripts)')
    .option('--json', 'print JSON')
    .action((o: { answers?: string }, c: Command) =>
      run(c, {
        mode: 'write',
        guard: ({ interactive }) => {
          if (o.answers === undefined && !interactive)
            throw new UsageError('onboardNeedsTerminal', undefined);
        },
        exec: async (d) => (await import('../commands/onboard.js')).onboard(o, d),
        text: async (r, x) => (await import('../output/onboard.js')).onboardText(r, x),
      }),
    );

  cmd('demo', 'a sample network in a temporary db, and its review: see what rel does')
    .option('--keep', 'keep the sample db and print its path')
    .option('--json', 'print JSON')
    .action((o: { keep?: boolean }, c: Command) =>
      run(c, {
        mode: 'none',
        exec: async (d) => (await import('../commands/demo.js')).demo(o, d),
        text: async (r, x) => (await import('../output/onboard.js')).demoText(r, x),
      }),
    );

  cmd('list', 'everyone, with when you met, last touch and gives:takes')
    .option('-t, --tag <tag>', 'only people with this tag')
    .option('--json', 'print JSON')
    .action((o, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../commands/list.js')).list(o, d),
        text: async (r, x) => (await import('../output/people.js')).listText(r, x),
      }),
    );

  cmd('show', "a person's page: how you met, the balance, the timeline")
    .argument('<person>')
    .option('--json', 'print JSON')
    .action((person: string, _o, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../commands/show.js')).show({ person }, d),
        text: async (r, x) => (await import('../output/people.js')).showText(r, x),
      }),
    );

  personOptions(cmd('edit', 'change what you recorded about a person').argument('<person>'), true)
    .option('--json', 'print JSON')
    .action((person: string, o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/edit.js')).edit({ ...o, person }, d),
        text: async (r, x) => (await import('../output/records.js')).editText(r, x),
      }),
    );

  cmd('rm', 'remove a person and their history')
    .argument('<person>')
    .option('-y, --yes', 'do not ask')
    .option('--json', 'print JSON')
    .action((person: string, o, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/rm.js')).rm({ ...o, person }, d),
        text: async (r, x) => (await import('../output/records.js')).rmText(r, x),
      }),
    );

  cmd('review', 'your network at a glance, and what to do next')
    .option('-a, --all', 'every finding, not only the most important')
    .option('--json', 'print JSON')
    .action((o: { all?: boolean }, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../commands/review.js')).review({}, d),
        text: async (r, x) => (await import('../output/review.js')).reviewText(r, x, o),
      }),
    );

  cmd('rules', 'the coaching rules: what each checks and why')
    .argument('[id]', 'one rule to explain')
    .option('--json', 'print JSON')
    .action((id: string | undefined, _o, c: Command) =>
      run(c, {
        mode: 'none',
        exec: async (d) => (await import('../commands/rules.js')).rules(id === undefined ? {} : { id }, d),
        text: async (r, x) => (await import('../output/rules.js')).rulesText(r, x),
      }),
    );

  cmd('config', 'show or change settings: rule switches, thresholds, currency')
    .addArgument(
      new Command()
        .createArgument('[action]', 'list, get, set or unset')
        .choices(['list', 'get', 'set', 'unset']),
    )
    .argument('[key]', 'e.g. rules.give-first.enabled, rules.go-deep.aim, currency')
    .argument('[value]')
    .option('--json', 'print JSON')
    .action(
      (
        action: 'list' | 'get' | 'set' | 'unset' | undefined,
        key: string | undefined,
        value: string | undefined,
        _o,
        c: Command,
      ) =>
        run(c, {
          mode: 'none',
          exec: async (d) => (await import('../commands/config.js')).config({ action, key, value }, d),
          text: async (r) => (await import('../output/config.js')).configText(r),
        }),
    );

  cmd('completion', 'print a shell completion script')
    .addArgument(
      new Command().createArgument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']),
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('./completion.js');
      process.stdout.write(completionScript(program, shell));
    });

  program
    .command('__names', { hidden: true })
    .description('names for shell completion')
    .action((_o, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../db/repos/people.js')).namedPeople(d.db).map((p) => p.name),
        text: (names) => names.join('\n'),
      }),
    );

  return program;
}
