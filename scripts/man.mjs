// Writes man/rel.1 from the commander definitions (every command, argument and option, with the
// examples of each --help), so `man rel` works after `npm install -g .`. Run by `npm run build`
// after tsc: it reads the compiled dist/cli. usage: node scripts/man.mjs [out-file]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildProgram } = await import(join(root, 'dist/cli/program.js'));
const { EXAMPLES } = await import(join(root, 'dist/cli/help.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = process.argv[2] ?? join(root, 'man', 'rel.1');

/** Text made safe for roff: backslashes, hyphens, and a leading dot or quote. */
const esc = (s) =>
  s
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');

const program = buildProgram(version);
const help = program.createHelp();
const lines = [];
const push = (...xs) => lines.push(...xs);

function options(cmd) {
  for (const o of help.visibleOptions(cmd)) {
    if (o.long === '--help' || o.long === '--version') continue;
    push('.TP', `.B ${esc(o.flags)}`, esc(help.optionDescription(o)));
  }
}

function examples(name) {
  const xs = EXAMPLES[name] ?? [];
  if (xs.length === 0) return;
  push('.PP', 'Examples:', '.PP', '.RS 4', '.nf', ...xs.map(esc), '.fi', '.RE');
}

function command(cmd, prefix) {
  const name = `${prefix}${cmd.name()}`;
  push(`.SS "${esc(`${name} ${cmd.usage()}`)}"`);
  if (cmd.aliases().length)
    push(
      `Alias: ${esc(
        cmd
          .aliases()
          .map((a) => `${prefix}${a}`)
          .join(', '),
      )}.`,
      '.br',
    );
  push(esc(cmd.description()));
  const args = help.visibleArguments(cmd).filter((a) => a.description);
  for (const a of args) push('.TP', `.I ${esc(a.name())}`, esc(help.argumentDescription(a)));
  options(cmd);
  examples(name.replace(/^rel /, ''));
  for (const sub of help.visibleCommands(cmd)) if (sub.name() !== 'help') command(sub, `${name} `);
}

push(
  `.TH REL 1 "" "rel ${version}" "User Commands"`,
  '.SH NAME',
  `rel \\- ${esc(program.description())}`,
  '.SH SYNOPSIS',
  '.B rel',
  '[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]',
  '.SH DESCRIPTION',
  esc(
    'rel keeps a private record of the people you know: how you met, what you gave them and what you ' +
      'received, the events you went to and who introduced whom; from that record it coaches you. ' +
      'Everything stays in one SQLite file on your machine, readable by you only; rel never opens a ' +
      'network connection. English by default, Japanese with --lang ja. The full guide is the README.md ' +
      'that comes with rel (rel --help says where).',
  ),
  '.SH GLOBAL OPTIONS',
);
options(program);
push('.SH COMMANDS');
examples('rel');
for (const cmd of help.visibleCommands(program)) if (cmd.name() !== 'help') command(cmd, 'rel ');
push(
  '.SH DATES',
  esc(
    'Wherever a date is typed (--date, --on, --until, --birthday): 2026-11-01, 2026/11/1, today, yesterday, ' +
      'tomorrow, 3 days ago, in 2 weeks, -2w, +3d, last monday, next friday, friday, last month, next week; ' +
      'every form rel prints: 3 Nov, Nov 3, 2 Nov 2025, 11/3 (month/day), 11月3日, 2025年11月2日; and ' +
      'Japanese words: 今日, 昨日, 一昨日, 明日, 3日前, 2週間後, 先月, 来月, 先週の月曜日, 来週の金曜日 (weeks run ' +
      'Sunday to Saturday). Other English phrases (two weeks ago, this friday, 3 weeks from now) are read by ' +
      'chrono-node. A date without a year is the most recent one for --date (what already happened) and the ' +
      'next one (today included) for --on and --until; a bare weekday leans the same way.',
  ),
  '.SH ENVIRONMENT',
  '.TP',
  '.B REL_DB',
  esc('The database file (default ~/.local/share/rel/rel.db, or under $XDG_DATA_HOME).'),
  '.TP',
  '.B REL_NOW',
  esc('"Now" for every computation, as an ISO date or date-time: for scripts, tests and time travel.'),
  '.TP',
  '.B REL_LANG',
  esc('en or ja; else the language chosen in rel onboard, else LC_ALL, LC_MESSAGES or LANG.'),
  '.TP',
  '.B REL_CONFIG',
  esc('The settings file (default ~/.config/rel/config.json).'),
  '.TP',
  '.B NO_COLOR',
  esc('When set, no colors (as --no-color).'),
  '.TP',
  '.B TERM',
  esc('dumb: no colors and no cursor codes (no prompts, no progress counter, no pager).'),
  '.TP',
  '.B REL_PAGER, PAGER',
  esc(
    'The pager for output longer than the screen (review, show, list, rules, date) on a terminal; default ' +
      'less -R (with LESS=FRX unless LESS is set). Empty or cat: no pager. Never used when stdout is not a terminal.',
  ),
  '.SH FILES',
  '.TP',
  '.I ~/.local/share/rel/rel.db',
  esc('Your network (mode 0600). rel export --format json writes a complete backup.'),
  '.TP',
  '.I ~/.config/rel/config.json',
  esc('Settings: rule switches, thresholds, currency (rel config).'),
  '.SH EXIT STATUS',
  esc(
    '0 ok; 1 a problem with the data or environment (unknown or ambiguous person, unreadable db); 2 a ' +
      'usage error (unknown option, invalid value: the message lists the valid ones). A command that fails changes nothing.',
  ),
  '.SH SEE ALSO',
  esc("README.md and SECURITY.md in rel's package folder; rel <command> --help."),
);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
