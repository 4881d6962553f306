/** ルールのメッセージ: ギブとテイク(日本語) */
import type { giving as en } from '../../en/rules/giving.js';

const ASK: Record<string, string> = {
  advice: '助言',
  referral: '仕事の紹介',
  intro: '人の紹介',
  info: '情報',
  help: '手助け',
};
const ask = (kind: string) => ASK[kind] ?? 'お願い';
const days = (n: number) => (n === 0 ? '出会ったその日' : `出会って${n}日目`);

const IDEA: Record<string, (name: string, about: string | null) => string> = {
  thanks: (n, about) =>
    about ? `${n}さんに「${about}」のお礼をあらためて伝える` : `${n}さんに感謝していることを言葉にして伝える`,
  praise: (n) => `${n}さんの良かったところを一つ具体的に伝える`,
  listen: (n) => `${n}さんに近況を聞いて、じっくり話を聞く`,
  gift: (n) => `${n}さんにちょっとしたお土産を持っていく`,
  feedback: (n) => `${n}さんの作ったものを読んで・使って、正直な感想を送る`,
  promotion: (n) => `${n}さんの仕事を、必要としている人に紹介する`,
  attend: (n) => `${n}さんの次のイベントに顔を出す`,
};
const idea = (i: { name: string; idea: string; about: string | null }) =>
  (IDEA[i.idea] ?? IDEA.thanks!)(i.name, i.about);

export const giving: typeof en = {
  'give-first': {
    nothingYet: (p, f) =>
      `${f.day(p.date)}に${p.name}さんに${ask(p.kind)}をお願いしました(${p.what})が、${p.name}さんにはまだ何もギブしていません。お願いは、先にこちらから何かを渡してこそ届きます。次に頼む前に、小さなギブを見つけましょう。`,
    takeBeforeGive: (p, f) =>
      `${f.day(p.date)}、まだ何もギブしていないうちに${p.name}さんに${ask(p.kind)}をお願いしました(${p.what})。その後ギブできているのは良いことです。次は先にギブしましょう。`,
    move: (p) => `${p.name}さんに、次に頼む前に小さなギブをする。`,
  },
  'give-take-ratio': {
    low: (p) =>
      `この1年のギブは${p.gives}回、テイクは${p.takes}回です(${p.ratio}:1)。目安はテイク1回につきギブ${p.aim}回。あと${p.more}回の小さなギブで届きます。`,
    short: (p) =>
      `この1年のギブは${p.gives}回、テイクは${p.takes}回です(${p.ratio}:1)。良い習慣ですが、相手が喜んで助けてくれる${p.aim}:1まではあと少し。あと${p.more}回の小さなギブで届きます。`,
    wellDone: (p) =>
      `この1年、テイク${p.takes}回に対してギブ${p.gives}回です(${p.ratio}:1)。関係を育てるギブの習慣が身についています。この調子で続けましょう。`,
    move: (p) => `今週、小さなギブを${Math.min(p.more, 3)}回する。`,
  },
  'taking-more-than-giving': {
    owe: (p, f) =>
      `${f.list(p.people.map((x) => `${x.name}さん(ギブ${x.gives}・テイク${x.takes})`))}${p.more > 0 ? `ほか${p.more}人` : ''}からは、渡した以上に受け取っています。次に頼む前に、バランスを取り戻しましょう。`,
    move: (p) => `次に頼む前に、${p.people[0]!.name}さんに何かギブする。`,
  },
  'info-taker': {
    asks: (p, f) =>
      `${f.day(p.since)}以降、${p.name}さんに${p.count}回お願いをしていて(${p.kinds.map(ask).join('、')})、その間に何もギブしていません。一方通行の関係は相手に伝わるものです。次に頼む前にギブしましょう。`,
    move: (p) => `次に頼む前に、${p.name}さんに何かギブする。`,
  },
  'slash-and-burn': {
    soldToClose: (p, f) =>
      `${f.day(p.date)}、${p.origin === 'school' ? '学生時代の友人' : '職場の仲間'}の${p.name}さんに売り込みをしました(${p.what})。こうした関係は何年もかけて育つもので、一度の売り込みで焼け野原になりかねません。知り合いへの営業はやめましょう。`,
    sold: (p, f) =>
      `${f.day(p.date)}、${p.name}さんに売り込み・勧誘をしました(${p.what})。知り合いを顧客に変えると、簡単には取り戻せない信頼を使ってしまいます。人間関係に営業を持ち込まないようにしましょう。`,
    move: (p) => `${p.name}さんとの関係を修復する。売り込みはせず、ギブだけを。`,
  },
  'too-soon-to-ask': {
    early: (p) =>
      `${days(p.days)}に${p.name}さんに${ask(p.kind)}をお願いしました(${p.what})。まだ${p.gives === 0 ? '一度もギブしていません' : `ギブは${p.gives}回だけです`}。仲良くなるには時間がかかります。何度かギブして信頼が育ってから頼みましょう。`,
    move: (p) => `次に頼む前に、${p.name}さんに何度かギブする。`,
  },
  'small-gives': {
    none: (p) => `この${p.days}日、ギブがありません。小さなことで十分です: ${p.ideas.map(idea).join('、')}。`,
    move: (p) => `${idea(p.ideas[0]!)}。`,
  },
  'one-sided': {
    oneWay: (p, f) =>
      `${f.day(p.since)}以降、${p.name}さんに${p.gives}回ギブしていますが、連絡も含めて何も返ってきていません。楽しんでいるなら続けて構いませんが、${p.name}さんを当てにはしないでおきましょう。`,
  },
  'dont-force': {
    forcing: (p) =>
      `プライベートでは会わない人として記録した${p.name}さんに、${p.days}日で${p.gives}回ギブしています。無理して続ける関係はなかなか深まりません。その力は一緒にいて楽しい人に使いましょう。`,
  },
};
