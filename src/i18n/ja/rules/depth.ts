/** ルールのメッセージ: 深さ・連絡・紹介(日本語) */
import type { depth as en } from '../../en/rules/depth.js';

const over = (n: number) => (n === 0 ? '今日が連絡の目安' : `予定を${n}日過ぎています`);

export const depth: typeof en = {
  'go-deep': {
    noneYet: (p, f) =>
      `深い関係(何度かギブして、何かを受け取り、この半年に連絡がある人)はまだいません。まずは${p.picks.length === 1 ? '一人' : '数人'}に絞って、1対1で会いましょう: ${f.list(p.picks.map((n) => `${n}さん`))}。`,
    few: (p, f) =>
      `深い関係は${p.deep}人です。${p.aim}人ほどいると心強い土台になります。次に深めたいのは${f.list(p.picks.map((n) => `${n}さん`))}。1対1で会いましょう。`,
    move: (p) =>
      p.need
        ? `${p.picks[0]}さんの「${p.need}」を、1対1で手伝うと申し出る。`
        : `${p.picks[0]}さんを1対1のお茶に誘う。`,
  },
  'keep-in-touch': {
    due: (p, f) =>
      `そろそろ連絡したい人: ${f.list(p.people.map((x) => `${x.name}さん(${over(x.over)}${x.last ? `、最後は${f.day(x.last)}` : ''})`))}${p.more > 0 ? `ほか${p.more}人` : ''}。短いメッセージで十分です。`,
    move: (p, f) =>
      `${p.people[0]!.name}さんに連絡する${p.people[0]!.last ? `(最後は${f.day(p.people[0]!.last)})` : ''}。`,
  },
  'cherish-your-circle': {
    circle: (p, f) =>
      `学校や職場の知り合い${p.quiet === 1 ? `の${p.picks[0]}さん` : `${p.quiet}人（${f.list(p.picks.map((n) => `${n}さん`))}など）`}と、${p.days}日以上連絡していません。いちばん確かな人脈は、すでに身の回りにいる人です。まずその人たちを大切にしましょう。`,
    circleMixers: (p, f) =>
      `学校や職場の知り合い${p.quiet === 1 ? `の${p.picks[0]}さん` : `${p.quiet}人（${f.list(p.picks.map((n) => `${n}さん`))}など）`}と、${p.days}日以上連絡していません。いちばん確かな人脈は、すでに身の回りにいる人です。次の交流会の夜は、その中の一人のために使ってみませんか。`,
    move: (p) => `${p.picks[0]}さんに久しぶりに連絡する。`,
  },
  'ask-for-intros': {
    intros: (p) =>
      `今年出会った${p.total}人のうち、信頼できる人の紹介は${p.byIntro}人だけで、${p.atEvents}人はイベントでの出会いです。紹介には名刺交換にはない信頼が乗っています。${p.ask ? `${p.ask}さん` : '親しい人'}に、${p.lookingFor ? `「${p.lookingFor}」` : '会っておくべき人'}を知らないか聞いてみましょう。`,
    move: (p) => `${p.ask ? `${p.ask}さん` : '親しい人'}に紹介を一つお願いする。`,
  },
  'thank-the-introducer': {
    thank: (p, f) =>
      `${f.day(p.date)}に${p.introducer}さんから${p.person}さんを紹介してもらいましたが、その後${p.introducer}さんに何もギブしていません。お礼を伝えて、その後どうなったかも報告しましょう。`,
    move: (p) => `${p.person}さんを紹介してくれた${p.introducer}さんにお礼を伝える。`,
  },
  'birthday-soon': {
    soon: (p, f) =>
      `${p.inDays === 0 ? '今日' : p.inDays === 1 ? '明日' : f.day(p.date)}は${p.name}さんの誕生日です。短いメッセージは手軽なギブになります。`,
    move: (p) => `${p.name}さんに誕生日のお祝いを送る。`,
  },
};
