/** ルールのメッセージ: イベント(日本語) */
import type { events as en } from '../../en/rules/events.js';
import type { Fmt } from '../../fmt.js';

const costs = (p: { cost: number; hours: number }, f: Fmt): string =>
  [p.cost > 0 ? f.money(p.cost) : null, p.hours > 0 ? `${f.num(p.hours)}時間` : null]
    .filter(Boolean)
    .join('と');

export const events: typeof en = {
  'mixer-for-networking': {
    spent: (p, f) => {
      const n =
        p.count === 1
          ? `交流会タイプのイベント(${p.latest})`
          : `${f.day(p.since)}以降、交流会タイプのイベントに${p.count}回`;
      const spent = costs(p, f);
      const outcome =
        p.met === 0
          ? '記録したいと思える出会いはありませんでした。'
          : p.followed === 0
            ? `そこで会った${p.met}人のうち、その後連絡した人はいません。`
            : `そこで会った${p.met}人のうち、その後連絡したのは${p.followed}人です。`;
      return `人脈作りのために${n}参加し${spent ? `、${spent}を使いました` : 'ました'}。${outcome}もらうことを期待する人が集まる場は、関係に育ちにくいものです。次の回は見送って、その夜をすでに知っている一人のために使いましょう。`;
    },
    move: () => '次の交流会は見送り、その夜は知り合いの一人と過ごす。',
  },
  'mixer-for-insight': {
    lookAround: (p) =>
      `${p.event}は、他の業界を知る場としてなら良い使い方です。${
        p.met > 0
          ? `そこで会った${p.met}人はまだ知り合いの段階です。また会いたいと心から思える人にだけ連絡しましょう。`
          : '人脈作りではなく、情報収集と割り切りましょう。'
      }`,
  },
  'paid-club': {
    paid: (p, f) =>
      `${p.count === 1 ? p.club : `${f.day(p.since)}以降、お金を払って入る会に${p.count}回`}で${f.money(p.cost)}を使いました。${
        p.met === 0
          ? 'そこで会った人の記録はありません。'
          : `そこで会った${p.met}人のうち、その後ギブやテイクがあったのは${p.fruitful}人です。`
      }誰でもお金を払えば入れる会は、「人脈が足りない」という不安で成り立っていることがよくあります。同じお金で、自分の分野の勉強会に出たり、尊敬する人とランチしたりできます。`,
    move: (p, f) => `次の${p.club}の会費(${f.money(p.cost / p.count)})を、尊敬する人とのランチに回す。`,
  },
  'wide-not-deep': {
    wide: (p, f) =>
      `この${p.days}日でイベントで${p.met}人と出会い、その後連絡したのは${p.followed === 0 ? '0人' : `${p.followed}人だけ`}です。広げるより深めましょう。今週${f.list(p.picks.map((n) => `${n}さん`))}に短い連絡をするほうが、次の名刺10枚よりも価値があります。`,
    wideNoPicks: (p) =>
      `この${p.days}日でイベントで${p.met}人と出会い、その後連絡したのは${p.followed === 0 ? '0人' : `${p.followed}人だけ`}です。会う人数を減らし、良い出会いをもう一度会う関係に育てましょう。`,
    move: (p, f) => `${f.list(p.picks.slice(0, 2).map((n) => `${n}さん`))}に短いお礼の連絡をする。`,
  },
  'try-better-rooms': {
    rooms: (p) =>
      `最近のイベントはすべて効果の薄いタイプでした(${p.lowYield}回)。目的を共有する場に行ってみましょう。${p.goal ? `「${p.goal}」につながる` : '自分の分野の'}勉強会、趣味の集まり、社内の部活、OB会・同窓会、あるいは気の合う人と1対1で会う時間です。`,
    move: () => '今月、勉強会か趣味の集まりを一つ探して参加する。',
  },
};
