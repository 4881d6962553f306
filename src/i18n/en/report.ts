import { formatNumber } from '../number.js';

/** Words of `rel report --html` and `rel graph` (English). */
export const report = {
  lang: 'en',
  title: () => 'Your network',
  asOf: (p: { date: string }) => `as of ${p.date}`,
  goal: (p: { goal: string }) => `Goal: ${p.goal}`,
  was: (p: { value: string }) => `was ${p.value} 90 days ago`,
  same: () => 'the same 90 days ago',
  ratio: () => 'gives : takes (12 months)',
  deep: () => 'deep ties',
  shallow: () => 'shallow contacts',
  people: () => 'people',
  /** A month on a time axis, from 'YYYY-MM': Dec 2024. */
  monthYear: (ym: string) =>
    new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 1)).toLocaleString('en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  monthlyTitle: () => 'Gives and takes, month by month',
  monthlyNote: () => 'The last two years. Aim for about ten gives for every take.',
  gives: () => 'gives',
  takes: () => 'takes',
  tiesTitle: () => 'Deep ties and shallow contacts over time',
  tiesNote: () =>
    'Deep: three gives, one take, in touch in the last six months. Shallow: met once and never followed up.',
  ringsTitle: () => 'Your circles',
  ringsNote: () => 'Each dot is a person, coloured by how overdue they are for a word from you.',
  ring: { inner: 'inner', close: 'close', active: 'active', wider: 'wider', none: 'no rhythm' },
  ringCount: (p: { ring: string; n: number }) => `${p.ring} (${p.n})`,
  edgeTitle: (p: { from: string; to: string; date: string | null }) =>
    `${p.from} → ${p.to}${p.date ? ` (${p.date})` : ''}`,
  state: {
    ok: 'on track',
    soon: 'due this week',
    due: 'overdue',
    late: 'overdue over a month',
    none: 'no rhythm set',
  },
  dotTitle: (p: { name: string; days: number | null }) =>
    p.days === null
      ? `${p.name}: no rhythm`
      : p.days > 0
        ? `${p.name}: ${p.days} ${p.days === 1 ? 'day' : 'days'} overdue`
        : p.days === 0
          ? `${p.name}: due today`
          : `${p.name}: due in ${-p.days} ${p.days === -1 ? 'day' : 'days'}`,
  moreDots: (p: { n: number }) => `+${p.n} more`,
  introTitle: () => 'Who introduced you to whom',
  introNote: (p: { pairs: number }) =>
    p.pairs === 0
      ? 'An arrow runs from the person who introduced you to the person they introduced.'
      : `An arrow runs from the person who introduced you to the person they introduced. ${p.pairs} more pairs know each other from events where you met them (rel graph draws those too).`,
  openers: () => 'Who opened the most doors',
  opened: (p: { name: string; n: number }) =>
    `${p.name}: ${p.n} ${p.n === 1 ? 'introduction' : 'introductions'}`,
  unthanked: () => 'Not thanked yet',
  unthankedItem: (p: { name: string; n: number }) =>
    `${p.name}: ${p.n} ${p.n === 1 ? 'introduction' : 'introductions'} with no give since`,
  allThanked: () => 'Everyone who introduced you has had a give from you since. Well done.',
  noIntros: () => 'No introductions recorded yet: rel intro "Ken Sato" "Client Kimura" logs one.',
  eventsTitle: () => 'Events by kind',
  eventsNote: () =>
    'A person met at an event counts as a tie a year later when you were still in touch in the six months before that anniversary.',
  eventCols: () => [
    'kind',
    'events',
    'money',
    'hours',
    'people met',
    'met a year ago or more',
    'ties a year later',
  ],
  noEvents: () => 'No events recorded yet.',
  findingsTitle: () => 'What the coach sees',
  moreFindings: (p: { n: number }) =>
    `${formatNumber(p.n, 'en-US')} more ${p.n === 1 ? 'finding' : 'findings'}: rel review --all`,
  movesTitle: () => 'Your next moves',
  noFindings: () => 'Nothing to warn you about. Keep giving, and see the people you like.',
  severity: { critical: 'critical', warning: 'warning', tip: 'tip', info: 'note' },
  dataTable: () => 'the numbers',
  month: () => 'month',
  day: () => 'day',
  footer: (p: { date: string }) =>
    `Made by rel on ${p.date}. This file stays on your machine and loads nothing from the network.`,
  wrote: (p: { path: string }) => `wrote your report to ${p.path} (readable by you only)`,
  opening: (p: { command: string }) => `opening it with ${p.command}`,
  noOpener: () => 'found no xdg-open or open to show it; open the file in your browser',
};
