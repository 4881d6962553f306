/** Commander wiring for coaching and first-run commands: review, rules, config, target, onboard, demo. */
import { Command } from 'commander';
import { UsageError } from '../errors.js';
import { reviewJson, reviewSpec } from './hot-specs.js';
import { run } from './run.js';

type Cmd = (name: string, description: string) => Command;

export function registerCoach(cmd: Cmd): void {
  cmd('review', 'your network at a glance, and what to do next')
    .option('-a, --all', 'every finding, not only the most important')
    .option('--json', 'print JSON')
    .action((o: { all?: boolean }, c: Command) => run(c, reviewSpec(o)));

  cmd('rules', 'the coaching rules: what each checks and why')
    .argument('[id]', 'one rule to explain')
    .option('--json', 'print JSON')
    .action((id: string | undefined, _o, c: Command) =>
      run(c, {
        mode: 'read',
        page: true,
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
          mode: 'read',
          writes: action === 'set' || action === 'unset',
          exec: async (d) => (await import('../commands/config.js')).config({ action, key, value }, d),
          text: async (r) => (await import('../output/config.js')).configText(r),
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
        mode: 'read',
        exec: async (d) => (await import('../commands/demo.js')).demo(o, d),
        text: async (r, x) => (await import('../output/onboard.js')).demoText(r, x),
        json: (r) => `${JSON.stringify({ ...r, review: reviewJson(r.review) }, null, 2)}\n`,
      }),
    );
}
