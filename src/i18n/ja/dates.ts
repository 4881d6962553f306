import type { dates as en } from '../en/dates.js';

const when = (n: number) =>
  n === 0 ? '今日' : n === 1 ? '明日' : n > 0 ? `${n}日後` : n === -1 ? '昨日' : `${-n}日前`;

export const dates: typeof en = {
  saved: (p, f) =>
    `${p.name}さんの「${p.label}」を${f.day(p.date)}${p.yearly ? '（毎年）' : ''}${p.updated ? 'に変更しました' : 'として記録しました'}（${when(p.inDays)}）`,
  removed: (p) => `${p.name}さんの「${p.label}」を削除しました`,
  line: (p, _f, withName) =>
    `${withName ? `${p.name}さん：` : ''}${p.label}${p.yearly ? (p.years ? `（毎年・${p.years}周年）` : '（毎年）') : ''} · ${when(p.inDays)}`,
  day: (p, f) => f.day(p.date),
  coming: (p, f) =>
    `${p.inDays === 0 ? '今日' : p.inDays === 1 ? '明日' : f.day(p.date)}は${p.name}さんの「${p.label}」です${p.years ? `（${p.years}周年）` : ''}。`,
  heading: () => '大切な日',
  none: () =>
    'まだ大切な日の記録はありません。記録しておくと rel remind が前もって知らせます：rel date "田中 愛子" "出版記念" --on 2026-12-01',
  noneFor: (p) =>
    `${p.name}さんの大切な日はまだありません。記録するには：rel date "${p.name}" "試験" --on 12月3日`,
  show: (p) => `大切な日：${p.items.join('、')}`,
  showItem: (p, f) => `${p.label} ${f.day(p.date)}${p.yearly ? '（毎年）' : ''}`,
  ics: (p) => `${p.name}さん：${p.label}`,
};
