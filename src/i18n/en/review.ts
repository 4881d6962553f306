/** Words of the review screen (English). */
import type { Fmt } from '../fmt.js';
import { formatNumber } from '../number.js';

export interface AsksMerged {
  name: string;
  /** The asks behind the merged findings, newest first. */
  asks: { kind: string; what: string; date: string }[];
  /** All-time asks and gives. */
  total: number;
  gives: number;
}

export const review = {
  /** Several asks about one person, said once (RULES.md "One coach, one voice"). */
  asksMerged: (p: AsksMerged, f: Fmt) => {
    const shown = p.asks.slice(0, 3).map((a) => `${a.what} (${f.day(a.date)})`);
    const rest = p.total - shown.length;
    return `You asked ${p.name} for ${f.list(shown)}${rest > 0 ? `, and ${rest} more ${rest === 1 ? 'time' : 'times'} before that` : ''}, and have given ${p.gives === 0 ? 'nothing back' : p.gives === 1 ? 'something back once' : `something back ${p.gives} times`}. A request lands better once you've given something: before the next one, give ${p.name} something they'd be glad of.`;
  },
  header: (p: { date: string; goal: string | null }) =>
    `rel · ${p.date}${p.goal ? ` · goal: ${p.goal}` : ''}`,
  ratioLabel: () => 'gives : takes (12 mo)',
  aimRatio: (p: { aim: number }) => `aim ${p.aim} : 1`,
  noTakes: () => 'nothing received yet',
  deepLabel: () => 'deep ties',
  aimDeep: (p: { aim: number }) => `aim ${p.aim}`,
  shallowLabel: () => 'shallow contacts',
  shallowNote: () => 'met, never followed up',
  newLabel: () => 'new people this year',
  newNote: (p: { byIntro: number; atEvents: number }) =>
    `${p.byIntro} by introduction, ${p.atEvents} at events`,
  mixersLabel: () => 'mixers (6 mo)',
  mixersNote: (p: { money: string | null; hours: number; met: number; followed: number }) =>
    [
      p.money,
      p.hours > 0 ? `${p.hours} h` : null,
      p.met > 0 ? `${p.met} met, ${p.followed === 0 ? 'none' : p.followed} followed up` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  sep: ', ',
  dueLabel: () => 'due to reconnect',
  dueItem: (p: { name: string; days: number }) =>
    `${p.name} (${p.days === 0 ? 'today' : `${p.days} ${p.days === 1 ? 'day' : 'days'}`})`,
  reachLabel: () => 'who reaches out',
  reachNote: (p: { you: number; them: number }) => `you ${p.you} · them ${p.them}`,
  monthly: () => 'gives ▆ takes ▂ by month',
  depthLabel: () => 'depth',
  depthNote: (p: { deep: number; active: number; shallow: number; dormant: number }) =>
    `deep ${p.deep} · active ${p.active} · shallow ${p.shallow} · dormant ${p.dormant}`,
  severity: { critical: 'critical', warning: 'warnings', tip: 'tips', info: 'notes' },
  more: (p: { n: number }) =>
    `${formatNumber(p.n, 'en-US')} more ${p.n === 1 ? 'finding' : 'findings'}: rel review --all`,
  moreCritical: (p: { n: number }) =>
    `and ${formatNumber(p.n, 'en-US')} more critical ${p.n === 1 ? 'finding' : 'findings'}: rel review --all`,
  moves: (p: { n: number }) =>
    p.n === 1 ? 'your next move' : `your next ${['two', 'three'][p.n - 2] ?? p.n} moves`,
  allClear: () => 'Nothing to warn you about. Keep giving, and see the people you like.',
  empty: (p: { onboarded?: boolean } = {}) =>
    (p.onboarded
      ? [
          'Your network is empty. Two commands to start:',
          '  1. rel add "Aiko Tanaka" --origin work            someone who matters to you',
          '  2. rel give "Aiko Tanaka" "sent her the article"  what you gave, however small',
          'Then run rel review again. To see a full example first: rel demo',
        ]
      : [
          'Your network is empty. Three commands to start:',
          '  1. rel onboard                                    say who you want to become',
          '  2. rel add "Aiko Tanaka" --origin work            someone who matters to you',
          '  3. rel give "Aiko Tanaka" "sent her the article"  what you gave, however small',
          'Then run rel review again. To see a full example first: rel demo',
        ]
    ).join('\n'),
  trendLabel: (p: { date: string }) => `since ${p.date}`,
  trendRatio: (p: { gives: number; takes: number }) => `gives : takes was ${p.gives} : ${p.takes}`,
  trendDeep: (p: { n: number; names: readonly string[]; more: boolean }) =>
    `deep ties ${p.n > 0 ? `+${p.n}` : `−${-p.n}`}${p.names.length ? ` (${p.names.join(', ')}${p.more ? ', …' : ''})` : ''}`,
  trendShallow: (p: { n: number }) => `shallow contacts ${p.n > 0 ? `+${p.n}` : `−${-p.n}`}`,
  trendNone: () => 'no change in the numbers above',
};
