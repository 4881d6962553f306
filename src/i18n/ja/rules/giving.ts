/** ルールのメッセージ：ギブとテイク（日本語） */
import type { giving as en } from '../../en/rules/giving.js';

const ASK: Record<string, string> = {
  advice: '助言',
  referral: '仕事の紹介',
  intro: '人の紹介',
  info: '情報',
  help: '手助け',
};
const ask = (kind: string) => ASK[kind] ?? '何か';
const kinds = (ks: string[]) => [...new Set(ks.map(ask))].join('、');
/** The thing asked for, in brackets, unless it only repeats the kind (仕事の紹介（仕事の紹介）). */
const what = (kind: string, w: string) => (w === ask(kind) ? '' : `（${w}）`);
const days = (n: number) => (n === 0 ? '出会ったその日' : n === 1 ? '出会った翌日' : `出会って${n}日後`);

const IDEA: Record<string, (name: string, about: string | null, again: boolean) => string> = {
  thanks: (n, about, again) =>
    about
      ? `${n}さんに「${about}」のお礼を${again ? 'あらためて' : ''}伝える`
      : `${n}さんに、感謝していることを言葉にして伝える`,
  need: (n, about) => `${n}さんの「${about}」を手伝うか、関心のありそうな人に知らせる`,
  praise: (n) => `${n}さんの良かったところを一つ、具体的に伝える`,
  listen: (n) => `${n}さんに近況を尋ねて、じっくり話を聞く`,
  gift: (n) => `${n}さんにちょっとしたお土産を持っていく`,
  feedback: (n) => `${n}さんが作ったものを読むか使うかして、率直な感想を送る`,
  promotion: (n) => `${n}さんの仕事を、必要としている人に紹介する`,
  attend: (n) => `${n}さんの次のイベントに顔を出す`,
};
const idea = (i: { name: string; idea: string; about: string | null; again: boolean }) =>
  (IDEA[i.idea] ?? IDEA.thanks!)(i.name, i.about, i.again);

export const giving: typeof en = {
  'give-first': {
    nothingYet: (p, f) =>
      `${f.day(p.date)}、${p.name}さんに${ask(p.kind)}をお願いしました${what(p.kind, p.what)}。${p.name}さんには、まだ何もギブしていません。頼みごとは、先にこちらから何かを渡しておくと受け止めてもらいやすくなります。次に頼む前に、小さなギブを見つけましょう。`,
    takeBeforeGive: (p, f) =>
      `${f.day(p.date)}、まだ何もギブしていないうちに${p.name}さんに${ask(p.kind)}をお願いしました${what(p.kind, p.what)}。その後ギブできているのは良いことです。次からは先にギブしましょう。`,
    move: (p) => `次に頼む前に、${p.name}さんに小さなギブをする。`,
  },
  'give-take-ratio': {
    low: (p) =>
      `この1年、${p.gives === 0 ? 'ギブはまだなく' : `ギブは${p.gives}回`}、テイクは${p.takes}回です（${p.ratio}：1）。目安はテイク1回につきギブ${p.aim}回ほどですが、回数を埋めるためのものではなく、心構えの話です。${p.name ? `${p.name}さんが本当に喜ぶことは何か、考えてみましょう。` : '相手が本当に喜ぶことは何か、考えてみましょう。'}`,
    short: (p) =>
      `この1年、${p.gives === 0 ? 'ギブはまだなく' : `ギブは${p.gives}回`}、テイクは${p.takes}回です（${p.ratio}：1）。ギブの習慣が育っています。目安の${p.aim}：1は数合わせではありません。${p.name ? `${p.name}さんが本当に喜ぶギブを一つ考えてみましょう。` : '相手が本当に喜ぶギブを一つ考えてみましょう。'}`,
    wellDone: (p) =>
      `この1年、テイク${p.takes}回に対してギブ${p.gives}回です（${p.ratio}：1）。関係を育てるギブの習慣が身についています。この調子で続けましょう。`,
    move: (p) => `${p.name ? `${p.name}さん` : '身近な人'}が本当に喜ぶことを一つ考えて、ギブする。`,
  },
  'taking-more-than-giving': {
    owe: (p) =>
      `${p.name}さんには${p.asks}回お願いをしていて、こちらからのギブは${p.gives === 0 ? 'まだありません' : `${p.gives}回です`}。次に頼む前に、${p.name}さんが喜ぶことでお返しをしましょう。`,
    offered: (p, f) =>
      `${f.day(p.date)}、${p.name}さんのほうから「${p.what}」を申し出てくれました。頼む前に声がかかるのは、目指したい関係そのものです。まずお礼を伝え、お返しにできることを探しましょう。`,
    move: (p) => `次に頼む前に、${p.name}さんに何かギブする。`,
    thankMove: (p) => `${p.name}さんに「${p.what}」のお礼を伝え、お返しを探す。`,
  },
  'info-taker': {
    asks: (p, f) =>
      `${f.day(p.since)}以降、${p.name}さんに${p.count}回お願いをしていて（${kinds(p.kinds)}）、その間に何もギブしていません。頼むばかりの関係は、相手にも伝わります。次に頼む前にギブしましょう。`,
    move: (p) => `次に頼む前に、${p.name}さんに何かギブする。`,
  },
  'slash-and-burn': {
    soldToClose: (p, f) =>
      `${f.day(p.date)}、${p.origin === 'school' ? '学生時代の友人' : '職場の仲間'}の${p.name}さんに売り込みをしました（${p.what}）。こうした関係は何年もかけて育つもので、一度の売り込みで失われることがあります。知り合いへの営業はやめましょう。`,
    sold: (p, f) =>
      `${f.day(p.date)}、${p.name}さんに売り込み・勧誘をしました（${p.what}）。知り合いをお客さんに変えると、一度失った信頼はなかなか戻りません。人間関係に営業を持ち込まないようにしましょう。`,
    move: (p) => `${p.name}さんとの関係を立て直す。売り込みはせず、ギブだけをする。`,
  },
  'too-soon-to-ask': {
    early: (p) =>
      `${days(p.days)}に${p.name}さんに${ask(p.kind)}をお願いしました${what(p.kind, p.what)}。その時点では、${p.gives === 0 ? 'まだ一度もギブしていませんでした' : `ギブはまだ${p.gives}回だけでした`}。信頼は少しずつ積み重なるものです。何度かギブをして、関係が育ってから頼みましょう。`,
    move: (p) => `次に頼む前に、${p.name}さんに何度かギブする。`,
  },
  'small-gives': {
    none: (p) =>
      `この${p.days}日、ギブの記録がありません。小さなことで十分です。${p.ideas.length === 1 ? `たとえば、${idea(p.ideas[0]!)}のはどうでしょう。` : `たとえば、こんなことができます。${p.ideas.map((i) => `${idea(i)}。`).join('')}`}`,
    move: (p) => `${idea(p.ideas[0]!)}。`,
  },
  'one-sided': {
    oneWay: (p, f) =>
      `${f.day(p.since)}以降、${p.name}さんに${p.gives}回ギブしていますが、連絡も含めて何も返ってきていません。楽しんでいるなら続けて構いませんが、${p.name}さんを当てにするのはやめておきましょう。`,
  },
  'dont-force': {
    forcing: (p) =>
      `プライベートでは会わない人として記録した${p.name}さんに、${p.days}日で${p.gives}回ギブしています。無理をして続ける関係は、なかなか深まりません。その力は、一緒にいて楽しい人に使いましょう。`,
  },
};
