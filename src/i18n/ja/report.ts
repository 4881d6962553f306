import type { report as en } from '../en/report.js';
import { formatNumber } from '../number.js';

/** `rel report --html` と `rel graph` の言葉（日本語）。 */
export const report: typeof en = {
  lang: 'ja',
  title: () => 'あなたの人脈',
  asOf: (p) => `${p.date}時点`,
  goal: (p) => `目標：${p.goal}`,
  was: (p) => `90日前は${p.value}`,
  same: () => '90日前と同じ',
  ratio: () => 'ギブ：テイク（12か月）',
  deep: () => '深い関係',
  shallow: () => '浅いつながり',
  people: () => '人数',
  monthYear: (ym) => `${ym.slice(0, 4)}年${Number(ym.slice(5, 7))}月`,
  monthlyTitle: () => '月ごとのギブとテイク',
  monthlyNote: () => '直近2年間です。テイク1回につきギブ10回くらいを目安にしましょう。',
  gives: () => 'ギブ',
  takes: () => 'テイク',
  tiesTitle: () => '深い関係と浅いつながりの推移',
  tiesNote: () =>
    '深い関係：ギブ3回以上、テイク1回以上、半年以内に連絡がある人。浅いつながり：会ったきりで、その後連絡していない人です。',
  ringsTitle: () => 'あなたの輪',
  ringsNote: () => '点ひとつがひとりを表します。連絡の予定をどれだけ過ぎているかで色が変わります。',
  ring: {
    inner: '親友',
    close: '親しい人',
    active: '付き合いのある人',
    wider: '知り合い',
    none: 'リズム未設定',
  },
  ringCount: (p) => `${p.ring}（${p.n}人）`,
  edgeTitle: (p) => `${p.from}さん → ${p.to}さん${p.date ? `（${p.date}）` : ''}`,
  state: {
    ok: '順調',
    soon: '今週が連絡どき',
    due: '連絡が遅れている',
    late: '1か月以上ご無沙汰',
    none: 'リズム未設定',
  },
  dotTitle: (p) =>
    p.days === null
      ? `${p.name}さん：リズム未設定`
      : p.days > 0
        ? `${p.name}さん：予定より${p.days}日遅れています`
        : p.days === 0
          ? `${p.name}さん：今日が連絡どき`
          : `${p.name}さん：あと${-p.days}日`,
  moreDots: (p) => `ほか${p.n}人`,
  introTitle: () => '紹介のつながり',
  introNote: (p) =>
    p.pairs === 0
      ? '矢印は、紹介してくれた人から紹介された人へ向いています。'
      : `矢印は、紹介してくれた人から紹介された人へ向いています。ほかに、同じイベントで出会った${p.pairs}組がお互いを知っています（rel graph ではそれも描けます）。`,
  openers: () => 'たくさんの人を紹介してくれた人',
  opened: (p) => `${p.name}さん：${p.n}人を紹介`,
  unthanked: () => 'まだお礼をしていない人',
  unthankedItem: (p) => `${p.name}さん：紹介してもらったあと、まだギブをしていません（${p.n}件）`,
  allThanked: () => '紹介してくれた人全員に、その後ギブをしています。すばらしいです。',
  noIntros: () => 'まだ紹介の記録がありません。rel intro "佐藤 健" "木村 誠" で記録できます。',
  eventsTitle: () => '種類別のイベント',
  eventsNote: () =>
    'イベントで出会った人は、1年後の時点で直近半年以内に連絡を取っていれば「1年後もつながり」と数えます。',
  eventCols: () => ['種類', '回数', '費用', '時間', '出会った人', '1年以上前に出会った人', '1年後もつながり'],
  noEvents: () => 'まだイベントの記録がありません。',
  findingsTitle: () => 'コーチから',
  moreFindings: (p) => `ほかに${formatNumber(p.n, 'ja-JP')}件あります：rel review --all`,
  movesTitle: () => '次の一手',
  noFindings: () => '気になる点はありません。ギブを続けて、好きな人に会いに行きましょう。',
  severity: { critical: '重大', warning: '注意', tip: 'ヒント', info: 'メモ' },
  dataTable: () => '数値を見る',
  month: () => '月',
  day: () => '日付',
  footer: (p) =>
    `${p.date}に rel が作成しました。このファイルはあなたのパソコンの中だけにあり、ネットワークから何も読み込みません。`,
  wrote: (p) => `レポートを ${p.path} に書き出しました（あなただけが読めます）`,
  opening: (p) => `${p.command} で開きます`,
  noOpener: () => 'xdg-open も open も見つからないため開けませんでした。ブラウザーでファイルを開いてください',
};
