/** Commander wiring only: every command and option; each action lazy-loads its command. */
import { Command, Option } from 'commander';
import { EVENT_KINDS, LEDGER_KINDS, ORIGINS, PURPOSES, TOUCH_KINDS } from '../domain/vocab.js';
import { examples, guide, README_PATH } from './help.js';
import { ledgerSpec, listSpec, searchSpec, showSpec, touchSpec } from './hot-specs.js';
import { registerCoach } from './program-coach.js';
import { registerData } from './program-data.js';
import { registerDates } from './program-dates.js';
import { registerRemind } from './program-remind.js';
import { bindSession, run } from './run.js';
import { newSession, type Session } from './terminal.js';
import { visibleLines } from '../domain/visible.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const count = (_value: string, previous = 0): number => previous + 1;

function personOptions(cmd: Command, edit: boolean): Command {
  // Declared before --no-chemistry, so edit has no default for it (commander gives a lone --no-x a
  // default of true, which would reset chemistry on every edit).
  if (edit) cmd.option('--chemistry', 'someone you enjoy after all');
  cmd
    .option('-o, --origin <origin>', `how you met: ${ORIGINS.join(', ')}`)
    .option('--via <introducer>', 'who introduced you (sets origin intro)')
    .option('-n, --nick <nickname>', 'a nickname (repeatable)', collect)
    .option('-t, --tag <tag>', 'a tag (repeatable)', collect)
    .option('--note <text>', 'a note about them')
    .option('-d, --date <when>', edit ? 'when you met' : 'when you met (default today)')
    .option('-e, --every <cadence>', 'keep in touch every 2w, 30d, 3m … ("none" clears)')
    .option('-c, --circle <circle>', 'inner (every 2w), close (1m), active (3m), wider (1y), or none')
    .option('-b, --birthday <date>', '1990-05-15, or 05-15 without the year')
    .option('--ahead', 'a step ahead of you on your path')
    .option('--no-chemistry', "not someone you'd spend private time with")
    .option('--target', 'someone you want to meet (not met yet)')
    .option('--again', 'allow a second person with the same name')
    .option('--email <address>', 'an email address (repeatable)', collect)
    .option('--phone <number>', 'a phone number (repeatable)', collect)
    .option('--org <org>', 'their company, school or group ("" clears)')
    .option('--where <place>', 'where they are: a city or a place ("" clears)')
    .option('--reading <kana>', 'how the name is read, in kana or romaji: わたなべ みさき ("" clears)');
  if (edit) {
    cmd
      .option('--name <name>', 'rename')
      .option('--drop-nick <nickname>', 'remove a nickname (repeatable)', collect)
      .option('--untag <tag>', 'remove a tag (repeatable)', collect)
      .option('--drop-email <address>', 'remove an email address (repeatable)', collect)
      .option('--drop-phone <number>', 'remove a phone number (repeatable)', collect)
      .option('--no-ahead', 'no longer a step ahead')
      .option('--no-target', 'no longer a want-to-meet target')
      .option(
        '--needs <what>',
        'what they are working on or need now, e.g. "course launch 1 Dec" ("" clears)',
      );
  }
  return cmd;
}

/** Every command wired; each run speaks to `session`'s terminal (the process's unless given). */
export function buildProgram(version: string, session: Session = newSession()): Command {
  const { term } = session;
  const program = new Command('rel')
    .description('A networking coach: log what you give and receive, and get advice on building real ties.')
    .version(version, '-V, --version')
    .option('--db <file>', 'the database file (or REL_DB)')
    .option('--lang <lang>', 'en or ja (or REL_LANG)')
    .option('--no-color', 'no colors (or NO_COLOR)')
    .option('--no-pager', 'print long output straight to the terminal (or PAGER=cat)')
    .option('-q, --quiet', 'writes print no confirmation line; twice (-qq): no findings either', count)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      // commander's messages quote the arguments given: show any control character in them.
      writeErr: (s) => term.stderr.write(visibleLines(s)),
      writeOut: (s) => term.stdout.write(s),
      // cli/errors.ts words commander's errors through the catalogues (cli/usage.ts).
      outputError: () => undefined,
    })
    .addHelpText('after', () => examples('rel')() + guide(README_PATH()));

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
      .option(
        '-k, --kind <kind>',
        LEDGER_KINDS.filter((k) => direction === 'take' || k !== 'sale').join(', '),
      )
      .option('-d, --date <when>', 'when (default today)');
    if (direction === 'take') c.option('--offered', 'they offered it unasked (not something you asked for)');
    c.option('--json', 'print JSON').action((person: string, what: string, o, c: Command) =>
      run(c, ledgerSpec(direction, person, what, o)),
    );
    if (direction === 'take') c.alias('receive');
  }

  cmd('touch', 'log a chat, a call or a message')
    .argument('<person>')
    .argument('[note]')
    .option('-d, --date <when>', 'when (default today)')
    .option('--inbound', 'they reached out to you')
    .option('-k, --kind <kind>', `how: ${TOUCH_KINDS.join(', ')}`)
    .option('--json', 'print JSON')
    .action((person: string, note: string | undefined, o, c: Command) => run(c, touchSpec(person, note, o)));

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
    .option('--by-me', 'you introduced the two to each other: one give to each')
    .option('--json', 'print JSON')
    .action((introducer: string, person: string, o: { byMe?: boolean; date?: string }, c: Command) =>
      o.byMe
        ? run(c, {
            mode: 'write',
            exec: async (d) =>
              (await import('../commands/intro.js')).introByMe({ a: introducer, b: person, date: o.date }, d),
            text: async (r, x) => (await import('../output/records.js')).introByMeText(r, x),
          })
        : run(c, {
            mode: 'write',
            exec: async (d) => (await import('../commands/intro.js')).intro({ ...o, introducer, person }, d),
            text: async (r, x) => (await import('../output/records.js')).introText(r, x),
          }),
    );

  cmd('list', 'everyone, with when you met, last touch and gives:takes')
    .option('-t, --tag <tag>', 'only people with this tag')
    .option('-m, --match <words>', 'only the people rel search finds for these words')
    .option(
      '-s, --sort <order>',
      'name (by reading), last (longest without contact first), met, balance (most taken-from first)',
    )
    .option('--json', 'print JSON')
    .action((o, c: Command) => run(c, listSpec(o)));

  cmd(
    'search',
    'find words in names, readings, notes, orgs, contact details, gives, takes, touches and events',
  )
    .argument('<words...>', 'all must occur in one text; "quotes" keep a phrase')
    .option('--json', 'print JSON')
    .action((words: string[], _o, c: Command) => run(c, searchSpec(words)));

  cmd('show', "a person's page: how you met, the balance, the timeline")
    .argument('<person>')
    .option('--json', 'print JSON')
    .action((person: string, _o, c: Command) => run(c, showSpec(person)));

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

  registerCoach(cmd);
  registerRemind(cmd);
  registerData(cmd);
  registerDates(cmd);

  cmd('completion', 'print a shell completion script')
    .addArgument(
      new Command().createArgument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']),
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('./completion.js');
      term.stdout.write(completionScript(program, shell));
    });

  program
    .command('__names', { hidden: true })
    .description('names for shell completion')
    .action((_o, c: Command) =>
      run(c, {
        mode: 'read',
        exec: async (d) => (await import('../db/repos/names.js')).namedPeople(d.db).map((p) => p.name),
        text: (names) => names.join('\n'),
      }),
    );

  bindSession(program, session);
  return program;
}
