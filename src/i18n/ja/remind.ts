import type { remind as en } from '../en/remind.js';

const rhythm = (every: string) => {
  const m = /^(\d+)([dwmy])$/.exec(every);
  if (!m) return every;
  return `${m[1]}${{ d: '日', w: '週間', m: 'か月', y: '年' }[m[2] as 'd' | 'w' | 'm' | 'y']}ごと`;
};

export const remind: typeof en = {
  due: (p) =>
    `${p.name}さんに連絡してみませんか。${p.daysOver === 0 ? `今日が${rhythm(p.every)}の連絡の予定日です。` : `${rhythm(p.every)}の予定を${p.daysOver}日過ぎています。`}`,
  last: (p, f) =>
    `最後：${f.day(p.date)}${p.what ? `、${p.what}${p.type === 'take' ? '（受け取った）' : ''}` : ''}`,
  never: () => '出会ってから記録なし',
  idea: (p, f) =>
    p.kind === 'thank'
      ? `アイデア：「${p.about}」のお礼をあらためて伝える`
      : p.kind === 'birthday'
        ? `アイデア：${f.day(p.date)}の誕生日に、短いメッセージを送る`
        : p.kind === 'offer'
          ? `アイデア：${p.what}を申し出る`
          : 'アイデア：相手のことを思い出した記事や話題を送る',
  birthday: (p, f) =>
    `${p.inDays === 0 ? '今日' : p.inDays === 1 ? '明日' : f.day(p.date)}は${p.name}さんの誕生日です${p.turning ? `（${p.turning}歳になります）` : ''}。`,
  more: (p, f) => `ほかに${f.num(p.count)}件あります。すべて表示：${p.command}`,
  todayMore: (p, f) => `ほかにも連絡や予定が${f.num(p.count)}件あります。すべて表示：${p.command}`,
  snoozed: (p, f) => `${p.name}さんの連絡リマインドを${f.day(p.until)}まで止めました。`,
  unsnoozed: (p) => `${p.name}さんのリマインドを再開しました。`,
  spread: (p) =>
    p.count === 0
      ? '連絡の時期が来ている人はいないので、振り分ける予定はありません。'
      : `連絡の時期が来ている${p.count}人を、予定を過ぎた日数の長い順に、これから${p.days}日間に振り分けました。`,
  spreadPreview: (p) =>
    `連絡の時期が来ている${p.count}人を、予定を過ぎた日数の長い順に、これから${p.days}日間へ次のように振り分けられます（プレビューです。反映するには --apply を付けてください）：`,
  cronInstalled: (p) =>
    p.changed
      ? 'crontab に登録しました。毎日 rel remind が動きます。'
      : 'すでに登録済みです。変更はありません。',
  cronRemoved: (p) =>
    p.changed ? 'crontab から rel を外しました。' : 'crontab に rel は登録されていません。',
  cronNone: () => 'crontab に rel は登録されていません。登録：rel cron install --at 09:00',
  todayHeader: (p) => `rel · 今日（${p.date}）`,
  todayReconnect: () => '連絡したい人',
  todayBirthdays: () => '誕生日',
  todayOneThing: () => '今日のひとつ',
  todayQuiet: () => '今日の連絡予定はありません。小さなギブを一つして、習慣を続けましょう。',
  notifyTitle: () => 'rel：連絡のリマインド',
  icsDue: (p) => `${p.name}さんに連絡`,
  icsBirthday: (p) => `${p.name}さんの誕生日`,
  icsWritten: (p) => `${p.path} にカレンダーの予定を${p.events}件書き出しました`,
};
