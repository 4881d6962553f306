import type { review as en } from '../en/review.js';
import { formatNumber } from '../number.js';

export const review: typeof en = {
  asksMerged: (p, f) => {
    const shown = p.asks.slice(0, 3).map((a) => `「${a.what}」（${f.day(a.date)}）`);
    const rest = p.total - shown.length;
    return `${p.name}さんに、${shown.join('、')}をお願いしました${rest > 0 ? `（ほかにも${rest}回）` : ''}。こちらからのギブは${p.gives === 0 ? 'まだありません' : `${p.gives}回です`}。頼みごとは、先に何かを渡しておくと受け止めてもらいやすくなります。次に頼む前に、${p.name}さんが喜ぶことをしましょう。`;
  },
  header: (p) => `rel · ${p.date}${p.goal ? ` · 目標：${p.goal}` : ''}`,
  ratioLabel: () => 'ギブ：テイク（12か月）',
  aimRatio: (p) => `目安 ${p.aim}：1`,
  noTakes: () => 'まだ受け取りなし',
  deepLabel: () => '深い関係',
  aimDeep: (p) => `目安 ${p.aim}人`,
  shallowLabel: () => '浅いつながり',
  shallowNote: () => '会ったきり連絡なし',
  newLabel: () => '今年の新しい出会い',
  newNote: (p) => `紹介 ${p.byIntro}人、イベント ${p.atEvents}人`,
  mixersLabel: () => '交流会（6か月）',
  mixersNote: (p) =>
    [
      p.money,
      p.hours > 0 ? `${p.hours}時間` : null,
      p.met > 0
        ? p.followed === 0
          ? `${p.met}人と出会い、連絡はまだ`
          : `${p.met}人中${p.followed}人に連絡`
        : null,
    ]
      .filter(Boolean)
      .join(' · '),
  sep: '、',
  dueLabel: () => '予定を過ぎた連絡',
  // Short, so two names fit the reconnect row at 80 columns (the label says the days are past the plan).
  dueItem: (p) => `${p.name}さん ${p.days === 0 ? '今日が予定日' : `${p.days}日`}`,
  reachLabel: () => '連絡のきっかけ',
  reachNote: (p) => `自分から ${p.you} · 相手から ${p.them}`,
  monthly: () => '月別 ギブ▆ テイク▂',
  depthLabel: () => '関係の深さ',
  depthNote: (p) => `深い ${p.deep} · 続いている ${p.active} · 浅い ${p.shallow} · 途切れている ${p.dormant}`,
  severity: { critical: '重大', warning: '注意', tip: 'ヒント', info: 'メモ' },
  more: (p) => `ほかに${formatNumber(p.n, 'ja-JP')}件：rel review --all`,
  moreCritical: (p) => `ほかに重大な指摘が${formatNumber(p.n, 'ja-JP')}件：rel review --all`,
  moves: (p) => (p.n === 1 ? '次の行動' : `次の${p.n}つの行動`),
  allClear: () => '気になる点はありません。この調子でギブを続けて、好きな人たちに会いに行きましょう。',
  empty: (p = {}) =>
    (p.onboarded
      ? [
          'まだ誰も登録されていません。まずはこの2つから：',
          '  1. rel add "田中 愛子" --origin work           大切な人を一人登録する',
          '  2. rel give "田中 愛子" "記事を送った"         小さなギブも記録する',
          'そのあと、もう一度 rel review を。先に完成例を見るなら：rel demo',
        ]
      : [
          'まだ誰も登録されていません。まずはこの3つから：',
          '  1. rel onboard                                 なりたい自分を決める',
          '  2. rel add "田中 愛子" --origin work           大切な人を一人登録する',
          '  3. rel give "田中 愛子" "記事を送った"         小さなギブも記録する',
          'そのあと、もう一度 rel review を。先に完成例を見るなら：rel demo',
        ]
    ).join('\n'),
  trendLabel: (p) => `${p.date}と比べて`,
  trendRatio: (p) => `ギブ：テイクは当時${p.gives}：${p.takes}`,
  trendDeep: (p) =>
    `深い関係${p.n > 0 ? `+${p.n}人` : `−${-p.n}人`}${p.names.length ? `（${p.names.map((n) => `${n}さん`).join('、')}${p.more ? 'ほか' : ''}）` : ''}`,
  trendShallow: (p) => `浅いつながり${p.n > 0 ? `+${p.n}人` : `−${-p.n}人`}`,
  trendNone: () => '上の数字に変化はありません',
};
