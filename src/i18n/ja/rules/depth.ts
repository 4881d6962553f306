/** ルールのメッセージ：深さ・連絡・紹介（日本語） */
import type { depth as en } from '../../en/rules/depth.js';
import type { Fmt } from '../../fmt.js';

const san = (names: readonly string[], f: Fmt) => f.list(names.map((n) => `${n}さん`));
const over = (n: number) => (n === 0 ? '今日が連絡の予定日です' : `予定を${n}日過ぎています`);
const quietCircle = (p: { quiet: number; picks: string[]; days: number }, f: Fmt) =>
  `学校や職場の知り合い${p.quiet === 1 ? `の${p.picks[0]}さん` : `${p.quiet}人（${san(p.picks, f)}${p.picks.length < p.quiet ? 'など' : ''}）`}と、${p.days}日以上連絡を取っていません。いちばん頼りになるつながりは、もう身近にある関係です。`;

export const depth: typeof en = {
  'go-deep': {
    noneYet: (p, f) =>
      `深い関係と呼べる人（何度かギブして、何かを受け取り、この半年に連絡がある人）は、まだいません。まずは${p.picks.length === 1 ? '一人' : '数人'}に絞って、1対1で会ってみましょう。候補は${san(p.picks, f)}です。`,
    few: (p, f) =>
      `深い関係は今${p.deep}人です。${p.aim}人ほどいると、しっかりした土台になります。次に深めたい相手は${san(p.picks, f)}です。1対1で会ってみましょう。`,
    move: (p) =>
      p.need
        ? `${p.picks[0]}さんに、「${p.need}」の手伝いを1対1で申し出る。`
        : `${p.picks[0]}さんを1対1のお茶に誘う。`,
  },
  'keep-in-touch': {
    due: (p, f) =>
      `そろそろ連絡したい人がいます。${f.list(p.people.map((x) => `${x.name}さん（${x.last ? `最後の連絡は${f.day(x.last)}、` : ''}${over(x.over)}）`))}${p.more > 0 ? `、ほか${p.more}人` : ''}。短いメッセージで十分です。`,
    move: (p, f) =>
      `${p.people[0]!.name}さんに連絡する${p.people[0]!.last ? `（最後は${f.day(p.people[0]!.last)}）` : ''}。`,
  },
  'cherish-your-circle': {
    circle: (p, f) => `${quietCircle(p, f)}新しい人を探す前に、まずその人たちを大切にしましょう。`,
    circleMixers: (p, f) =>
      `${quietCircle(p, f)}次に交流会へ行くはずだった夜を、その中の一人のために使ってみませんか。`,
    move: (p) => `${p.picks[0]}さんに久しぶりに連絡する。`,
  },
  'ask-for-intros': {
    intros: (p) =>
      `${
        p.byIntro === 0
          ? p.total === 1
            ? '今年出会った1人は、信頼できる人からの紹介ではありません'
            : `今年出会った${p.total}人の中に、信頼できる人からの紹介で出会った人はいません`
          : `今年出会った${p.total}人のうち、信頼できる人からの紹介で出会ったのは${p.byIntro}人です`
      }${p.atEvents > 0 ? `（イベントでの出会いは${p.atEvents}人）` : ''}。紹介には、名刺交換だけでは生まれない信頼が添えられています。${p.ask ? `${p.ask}さん` : '親しい人'}に、${p.lookingFor ? `「${p.lookingFor}」に当てはまる人` : '会っておくとよい人'}を知らないか、聞いてみましょう。`,
    move: (p) => `${p.ask ? `${p.ask}さん` : '親しい人'}に、紹介を一つお願いする。`,
  },
  'thank-the-introducer': {
    thank: (p, f) =>
      `${f.day(p.date)}に${p.introducer}さんから${p.person}さんを紹介してもらいましたが、その後、${p.introducer}さんにはまだ何もギブしていません。お礼を伝えて、その後どうなったかも知らせましょう。`,
    move: (p) => `${p.person}さんを紹介してくれた${p.introducer}さんに、お礼を伝える。`,
  },
  'birthday-soon': {
    soon: (p, f) =>
      `${p.inDays === 0 ? '今日' : p.inDays === 1 ? '明日' : f.day(p.date)}は${p.name}さんの誕生日です。短いお祝いのメッセージも、手軽なギブになります。`,
    move: (p) => `${p.name}さんに誕生日のお祝いを送る。`,
  },
};
