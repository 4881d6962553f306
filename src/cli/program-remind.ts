/** Commander wiring for keeping in touch: remind, today, snooze, spread, cron. */
import { Command } from 'commander';
import type { Deps } from '../commands/support/deps.js';
import type { RemindResult } from '../commands/remind.js';
import { visibleDeep } from '../domain/visible.js';
import { remindSpec, todaySpec } from './hot-specs.js';
import { run, sessionOf } from './run.js';

type Cmd = (name: string, description: string) => Command;

export function registerRemind(cmd: Cmd): void {
  cmd(
    'remind',
    'who is due for a word from you, and birthdays ahead (quiet when nothing is due: made for cron)',
  )
    .option('--days <n>', 'birthdays and dates this many days ahead', '7')
    .option('--notify', 'send desktop notifications when a notifier is installed (else print)')
    .option('--ics <file>', 'also write the coming reminders, birthdays and dates as an iCalendar file')
    .option('--force', "with --ics: replace a file that is not rel's own feed")
    .option('--all', 'print every reminder, not only the most pressing few')
    .option('--json', 'print JSON (every reminder)')
    .action(
      (o: { days?: string; ics?: string; notify?: boolean; force?: boolean; all?: boolean }, c: Command) =>
        run(
          c,
          remindSpec(o, o.notify ? (r, d) => notify(r, d, sessionOf(c).term.env.PATH ?? '', o) : undefined),
        ),
    );

  cmd('today', 'the daily digest: reconnect, birthdays, dates, and the one thing that matters most')
    .option('--days <n>', 'birthdays and dates this many days ahead', '7')
    .option('--json', 'print JSON')
    .action((o: { days?: string }, c: Command) => run(c, todaySpec(o)));

  cmd('snooze', 'pause reminders for someone until a date')
    .argument('<person>')
    .requiredOption('-u, --until <date>', 'a date, "in 2 weeks", "+3w", or none to resume')
    .option('--json', 'print JSON')
    .action((person: string, o: { until?: string }, c: Command) =>
      run(c, {
        mode: 'write',
        exec: async (d) => (await import('../commands/remind.js')).snooze({ person, ...o }, d),
        text: async (r, x) => (await import('../output/remind.js')).snoozeText(r, x),
      }),
    );

  cmd(
    'spread',
    'stagger everyone due at once (after an import) over the coming days: a preview unless --apply',
  )
    .option('--over <days>', 'days to spread over', '30')
    .option('--apply', 'snooze them as shown (without it, nothing is written)')
    .option('--json', 'print JSON')
    .action((o: { over?: string; apply?: boolean }, c: Command) =>
      run(c, {
        mode: o.apply ? 'write' : 'read',
        exec: async (d) => (await import('../commands/remind.js')).spread(o, d),
        text: async (r, x) => (await import('../output/remind.js')).spreadText(r, x),
      }),
    );

  cmd('cron', 'run rel remind daily from your crontab: install, remove or show')
    .addArgument(
      new Command()
        .createArgument('<action>', 'install, remove or show')
        .choices(['install', 'remove', 'show']),
    )
    .option('--at <HH:MM>', 'time of day (default 09:00)')
    .option('--notify', 'notify on the desktop instead of mail')
    .option('--json', 'print JSON')
    .action((action: 'install' | 'remove' | 'show', o: { at?: string; notify?: boolean }, c: Command) =>
      run(c, {
        mode: 'read',
        writes: action !== 'show',
        exec: async (d) => (await import('../commands/cron.js')).cron({ action, ...o }, d),
        text: async (r, x) => (await import('../output/remind.js')).cronText(r, x),
      }),
    );
}

/**
 * `remind --notify`: the reminders the text would show go to the desktop notifier found on `path`
 * (with --json too, which still prints every one); false when there is none (or nothing is due),
 * and the text prints them instead.
 */
async function notify(
  r: RemindResult,
  d: Deps,
  path: string,
  o: { days?: string; all?: boolean },
): Promise<boolean> {
  const { remindNotes } = await import('../output/remind.js');
  const { notifyAll } = await import('../output/notify.js');
  const ctx = { t: d.t, lang: d.lang, today: d.today, currency: d.config.currency };
  // With --json the result holds every reminder: the desktop gets the few the text would show.
  const shown = r.more || o.all ? r : await briefOf(r, o.days);
  // Names and notes reach the notifier as they reach the terminal: no control character survives.
  const notes = remindNotes(visibleDeep(shown), ctx);
  return notes.length > 0 && notifyAll(notes, path);
}

async function briefOf(r: RemindResult, days: string | undefined): Promise<RemindResult> {
  const { brief, REMIND_ROOM } = await import('../domain/remind-brief.js');
  const { amount } = await import('../commands/support/parse.js');
  const cut = brief(r, REMIND_ROOM);
  return { ...r, ...cut, more: { count: cut.more, days: Math.floor(amount('--days', days ?? '7')) } };
}
