/** ルールのメッセージ：イベント（日本語） */
import type { events as en } from '../../en/rules/events.js';
import type { Fmt } from '../../fmt.js';

const costs = (p: { cost: number; hours: number }, f: Fmt): string =>
  [p.cost > 0 ? f.money(p.cost) : null, p.hours > 0 ? `${f.num(p.hours)}時間` : null]
    .filter(Boolean)
    .join('と');

const spent = (p: Parameters<(typeof en)['mixer-for-networking']['spent']>[0], f: Fmt) => {
  const n =
    p.count === 1
      ? `人脈作りのために交流会タイプのイベント（${p.latest}）に参加し`
      : `${f.day(p.since)}以降、人脈作りのために交流会タイプのイベントに${p.count}回参加し`;
  const spent = costs(p, f);
  const outcome =
    p.met === 0
      ? p.metToday > 0
        ? `今日そこで${p.metToday}人と出会いました。また会いたいと心から思える人にだけ、連絡しましょう。`
        : '記録したいと思える出会いはありませんでした。'
      : p.followed === 0
        ? p.met === 1
          ? 'そこで会った1人には、その後まだ連絡していません。'
          : `そこで会った${p.met}人の誰にも、その後連絡していません。`
        : p.met === 1
          ? 'そこで会った1人には、その後連絡しています。'
          : `そこで会った${p.met}人のうち、その後連絡したのは${p.followed}人です。`;
  return `${n}${spent ? `、${spent}を使いました` : 'ました'}。${outcome}もらうことを目当てに人が集まる場では、関係はなかなか育ちません。次の回は見送って、その夜は、すでに知っている誰か一人と過ごしましょう。`;
};

export const events: typeof en = {
  'mixer-for-networking': {
    spent,
    spentMlm: (p, f) =>
      `${spent(p, f)}なお、${p.mlm}はネットワークビジネス（マルチ）の集まりでした。そこにいる人は、あなたに売り込み、あなたを勧誘して友人に売らせようとします。築きたいはずの関係を自分で壊すことになるので、二度と行かないようにしましょう。`,
    move: (p) => `次の${p.latest}は見送り、その夜は知り合いの一人と過ごす。`,
  },
  'mixer-for-insight': {
    lookAround: (p) =>
      `${p.event}は、ほかの業界を知る機会としてなら有意義です。${
        p.met > 0
          ? `そこで会った${p.met}人は、まだ顔見知りの段階です。また会いたいと心から思える人にだけ連絡しましょう。`
          : '人脈作りではなく、情報収集と割り切りましょう。'
      }`,
  },
  'paid-club': {
    paid: (p, f) =>
      `${p.count === 1 ? `${p.club}に` : `${f.day(p.since)}以降、お金を払って参加する会に${p.count}回出て、合わせて`}${f.money(p.cost)}を払いました。${
        p.met === 0
          ? 'そこで出会った人の記録はありません。'
          : p.fruitful === 0
            ? `そこで会った${p.met === 1 ? '1人' : `${p.met}人の誰`}とも、その後ギブやテイクはありません。`
            : p.fruitful === p.met
              ? `そこで会った${p.met === 1 ? '1人' : `${p.met}人全員`}と、その後もギブやテイクが続いています。`
              : `そこで会った${p.met}人のうち、その後ギブやテイクがあったのは${p.fruitful}人です。`
      }お金を払えば誰でも入れる会は、「知り合いが足りない」という不安を元手にしていることがよくあります。同じお金で、自分の分野の勉強会に出たり、尊敬する人とランチをしたりできます。`,
    move: (p, f) => `次の${p.club}の会費（${f.money(p.cost / p.count)}）を、尊敬する人とのランチに回す。`,
  },
  'wide-not-deep': {
    wide: (p, f) =>
      `この${p.days}日間に交流会タイプのイベントで${p.met === 1 ? '出会った1人には、その後まだ連絡していません' : `出会った${p.met}人のうち、その後連絡した${p.followed === 0 ? '人は一人もいません' : `のは${p.followed}人だけです`}`}。広げるより、深めましょう。今週${f.list(p.picks.map((n) => `${n}さん`))}に短い連絡をするほうが、名刺を10枚増やすより確かな一歩になります。`,
    wideNoPicks: (p) =>
      `この${p.days}日間に交流会タイプのイベントで${p.met === 1 ? '出会った1人には、その後まだ連絡していません' : `出会った${p.met}人のうち、その後連絡した${p.followed === 0 ? '人は一人もいません' : `のは${p.followed}人だけです`}`}。会う人数を絞って、良い出会いを次につなげましょう。`,
    goodRooms: (p, f) =>
      `この${p.days}日間に、勉強会などで${p.met}人と出会いました。最初の一歩として良い動き方です。次は一人か二人に絞って、もう一度会いましょう。たとえば${f.list(p.picks.map((n) => `${n}さん`))}です。`,
    goodRoomsNoPicks: (p) =>
      `この${p.days}日間に、勉強会などで${p.met}人と出会いました。最初の一歩として良い動き方です。次は一人か二人に絞って、もう一度会いましょう。`,
    move: (p, f) => `${f.list(p.picks.slice(0, 2).map((n) => `${n}さん`))}に短い連絡をする。`,
  },
  'try-better-rooms': {
    rooms: (p) =>
      `この${p.days}日、人脈作りのために交流会タイプのイベントに${p.lowYield}回参加しましたが、目的を同じくする人が集まる場には行っていません。${p.goal ? `「${p.goal}」につながる` : '自分の分野の'}勉強会やセミナー、趣味の集まり、社内の部活、OB会・同窓会、あるいは気の合う人と1対1で会う時間を試してみましょう。`,
    move: () => '今月、勉強会か趣味の集まりを一つ探して参加する。',
  },
  'hobby-as-networking': {
    forItself: (p) =>
      `人脈作りを目的に${p.count === 1 ? `${p.event}に参加しました` : `趣味の集まりに${p.count}回参加しました（最近は${p.event}）`}。趣味の場では、趣味そのものを楽しみましょう。気の合う仲間ができれば、人とのつながりは後からついてきます。`,
  },
};
