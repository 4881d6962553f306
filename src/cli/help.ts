import { wrap } from '../output/width.js';
import { exampleCommentsJa, exampleLinesJa, helpTitlesJa } from '../i18n/ja/help.js';

/** Examples shown under each command's --help. */
export const EXAMPLES: Record<string, string[]> = {
  // rel --help: four first steps
  rel: [
    'rel add "Aiko Tanaka" --origin study-group',
    'rel give aiko "notes on her draft" --kind feedback',
    'rel review',
    'rel date aiko "book launch" --on "3 Dec"',
  ],
  add: [
    'rel add "Aiko Tanaka" --origin study-group --date 2025-06-01 --tag dev',
    'rel add "Ken Sato" --origin work --nick Ken-san --every 30d --birthday 1990-05-15 --ahead',
    'rel add "Yumi Ono" --via "Ken Sato"          # Ken introduced you',
    'rel add "Famous Author" --target              # someone you want to meet',
    'rel add "渡辺 美咲" --reading "わたなべ みさき" --email misaki@example.jp --org "Example KK" --where 京都',
  ],
  give: [
    'rel give "Aiko Tanaka" "reviewed her slides" --kind feedback --date yesterday',
    'rel give ken "brought a souvenir from Kyoto" --kind gift',
  ],
  take: [
    'rel take "Aiko Tanaka" "advice on pricing" --kind advice --date 2026-11-10',
    'rel receive "Ken Sato" "a book" --kind gift',
    'rel take "Ren Ito" "a website project" --kind referral --offered   # they came to you',
  ],
  touch: [
    'rel touch "Ken Sato" "coffee, talked about his move"',
    'rel touch "Ken Sato" "he called" --inbound --kind call --date -2w',
    'rel touch misa "lunch near her office" --kind meal',
    'rel touch 渡辺 "近況をやりとり" --kind メッセージ',
  ],
  event: [
    'rel event "TS study group" --kind study-group --purpose learning --met "Yumi Ono" --met "Aiko Tanaka"',
    'rel event "Friday mixer" --kind mixer --cost 5000 --hours 3 --met "Card Person"',
    'rel event "Aiko\'s book launch" --kind other --purpose support --for "Aiko Tanaka"',
  ],
  intro: [
    'rel intro "Ken Sato" "Client Kimura" --date 2026-11-12',
    'rel intro --by-me "Aiko Tanaka" "Yumi Ono"     # you introduced them: a give to both',
  ],
  target: [
    'rel target "Famous Author" --studied "read both her books" --give "a Japanese translation of her post"',
    'rel target "Famous Author" --reason "learn how she went freelance"',
    'rel target                                     # your targets and what prep is missing',
  ],
  onboard: ['rel onboard', 'rel onboard --answers answers.json   # {"goal": "...", "field": "it", ...}'],
  demo: ['rel demo', 'rel demo --lang ja', 'rel demo --keep      # then: rel --db <path> list'],
  list: [
    'rel list',
    'rel list --tag client',
    'rel list --sort last              # longest without contact first',
    'rel list --match 勉強会 --sort balance',
    'rel list --json',
  ],
  search: [
    'rel search gardening',
    'rel search 勉強会',
    'rel search "Example KK" --json',
    'rel search misaki                 # readings match in romaji too',
  ],
  show: ['rel show "Aiko Tanaka"', 'rel show aiko --json', 'rel show "#3"'],
  edit: [
    'rel edit "Client Kimura" --tag client --every 2m',
    'rel edit "Ken Sato" --name "Kenji Sato" --nick Ken',
    'rel edit "Pushy Boss" --no-chemistry',
    'rel edit aiko --needs "course launch 1 Dec"       # what they are working on',
    'rel edit misa --phone "090-1234-5678" --where Osaka --drop-email old@example.jp',
  ],
  date: [
    'rel date "Aiko Tanaka" "book launch" --on 2026-12-01',
    'rel date "Ken Sato" "exam" --on "3 Dec"              # no year: the next 3 Dec',
    'rel date "Ken Sato" "wedding anniversary" --on 2019-05-12 --yearly',
    'rel date "Ken Sato"                                   # his dates',
    "rel date                                              # everyone's, soonest first",
    'rel date rm "Ken Sato" "exam"',
  ],
  rm: ['rel rm "Card Person"', 'rel rm "Card Person" --yes   # without asking'],
  review: ['rel review', 'rel review --json', 'rel review --lang ja'],
  rules: ['rel rules', 'rel rules give-first', 'rel rules --json'],
  config: [
    'rel config                                   # every setting',
    'rel config set rules.give-take-ratio.aim 8',
    'rel config set rules.field-context.enabled false',
    'rel config set currency USD',
    'rel config unset rules.give-take-ratio.aim',
  ],
  remind: [
    'rel remind                 # the most pressing few, and how many more',
    'rel remind --all           # every reminder',
    'rel remind --json',
    'rel remind --days 14 --ics ~/rel.ics',
    'rel remind --notify',
  ],
  today: ['rel today'],
  snooze: [
    'rel snooze "Ken Sato" --until 2026-12-15',
    'rel snooze ken --until "in 3 weeks"',
    'rel snooze ken --until none',
  ],
  spread: [
    'rel spread                 # a preview: who would come up on which day',
    'rel spread --apply         # do it',
    'rel spread --over 60 --apply',
  ],
  cron: ['rel cron install --at 08:30', 'rel cron show', 'rel cron remove'],
  export: [
    'rel export --format json --out backup.json   # a lossless backup: rel import backup.json restores it',
    'rel export --format vcard --out contacts.vcf',
    'rel export --format csv --out people.csv',
    'rel export --format md > journal.md',
  ],
  import: [
    'rel import contacts.vcf --dry-run            # Apple, Google or Outlook (vCard 2.1, 3.0, 4.0)',
    'rel import Connections.csv --format linkedin',
    'rel import google.csv --format csv',
    'rel import backup.json',
    'cat contacts.vcf | rel import - --format vcard   # - reads standard input',
  ],
  report: [
    'rel report --html                              # rel-report-<date>.html in this folder',
    'rel report --html --out ~/network.html --open',
    'rel report --html --lang ja --out 人脈.html',
  ],
  graph: [
    'rel graph > intros.dot && dot -Tsvg intros.dot > intros.svg',
    'rel graph --format mermaid                     # paste into a Markdown file',
    'rel graph --format json | jq ".nodes | length"',
  ],
  merge: ['rel merge "Ken Sato" "Kenji Sato"   # Kenji\'s history moves to Ken; Kenji becomes a nickname'],
  sync: [
    'rel sync ~/Sync/rel                       # a folder Syncthing, Dropbox, iCloud Drive or git keeps in sync',
    'rel sync                                  # the same folder, remembered',
    'rel sync --status                         # this device, the others seen, changes waiting',
    'rel sync --passphrase-file ~/.rel-sync-key # encrypt what goes into the folder (or REL_SYNC_KEY)',
  ],
  completion: [
    'rel completion bash > ~/.local/share/bash-completion/completions/rel',
    'rel completion zsh',
    'rel completion fish',
  ],
};

/** Where the full guide is: the README beside the installed rel, and the man page. */
export function guide(readme: string): string {
  const text =
    helpSettings.lang === 'ja'
      ? `詳しい使い方：${readme}（または man rel）。どのコマンドにも例つきの --help があります。`
      : `The full guide: ${readme} (or: man rel). Every command has --help with examples.`;
  return `\n${wrap(text, helpSettings.columns)}\n`;
}

/** The README that ships with rel (dist/cli and dist/bundle are both two levels below it). */
export const README_PATH = (): string =>
  decodeURIComponent(new URL('../../README.md', import.meta.url).pathname);

/** The language and width --help is shown in; set once the arguments are known (help-format.ts). */
export const helpSettings: { lang: 'en' | 'ja'; columns: number } = { lang: 'en', columns: 80 };

/** The examples under a command's --help, rendered when shown (so in the language of the call). */
export function examples(name: string): () => string {
  return () => {
    const xs = EXAMPLES[name];
    if (!xs) return '';
    const ja = helpSettings.lang === 'ja';
    const lines = xs.map((x) => {
      if (!ja) return `  $ ${x}`;
      if (exampleLinesJa[x] !== undefined) return `  $ ${exampleLinesJa[x]}`;
      const m = /^(.*?)(\s+#\s+)(.*)$/.exec(x);
      const comment = m ? exampleCommentsJa[m[3]!] : undefined;
      return `  $ ${m && comment ? `${m[1]}${m[2]}${comment}` : x}`;
    });
    return `\n${ja ? helpTitlesJa['Examples:'] : 'Examples:'}\n${lines.join('\n')}\n`;
  };
}
