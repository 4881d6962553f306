/** ルールのメッセージ: 目標と自分自身(日本語) */
import type { goal as en } from '../../en/rules/goal.js';

const MISSING: Record<'studied' | 'give' | 'reason', string> = {
  studied: '相手の仕事を調べる(本を読む、商品やサービスを試す)',
  give: '渡せるギブを用意する',
  reason: '会いたい理由を一行で書く',
};

const FIELD: Record<string, string> = {
  it: 'IT',
  web: 'Web',
  design: 'デザイン',
  writing: 'ライティング',
  marketing: 'マーケティング',
  sales: '営業',
  other: 'その他',
};

export const goal: typeof en = {
  'no-goal': {
    noGoal: (p) =>
      `どんな人になりたいか${p.hasLookingFor ? '' : '、どんな人と知り合いたいか'}がまだ決まっていません。方向が決まらないと、たくさんの人に会っても本当に会うべき人には出会えません。2分で済みます: rel onboard`,
    move: () => 'rel onboard で、なりたい自分を書き出す。',
  },
  'step-ahead': {
    noneAhead: (p) =>
      `目標は「${p.goal}」ですが、その道の少し先を行く人がまだ一人も登録されていません。いちばんの近道は${p.lookingFor ? `「${p.lookingFor}」` : '少し先を行く人'}と親しくなることです。知っている人は rel edit <名前> --ahead で印を付け、会いたい人は --target で登録しましょう。`,
    move: () => '少し先を行く人を一人決める(rel edit <名前> --ahead)。',
  },
  'pinpoint-prep': {
    prep: (p) =>
      `${p.name}さんに連絡する前に: ${p.missing.map((m) => MISSING[m]).join('、')}。先を行く人には、こちらと会う理由がありません。理由を用意してから会いに行きましょう(rel target "${p.name}" --studied … --give … --reason …)。`,
    move: (p) => `${p.name}さんに会う準備: ${MISSING[p.missing[0]!]}。`,
    ready: (p) =>
      `${p.name}さんに会う準備が整いました。会いたい理由と、こちらが渡せるものを簡潔に伝えて、返事を待ちましょう。`,
    readyMove: (p) => `${p.name}さんに短く具体的なメッセージを送る。`,
    ownLevel: (p, f) =>
      `${f.list(p.targets.map((n) => `${n}さん`))}のような先を行く人を目指す一方で、同じ段階にいる人との深い関係は${p.peerDeep === 0 ? 'まだありません' : '1人だけです'}。つながりは、近いレベルの人同士でいちばん自然に育ちます。勉強会や職場で、同じ立場の仲間とも関係を深めておきましょう。`,
  },
  'invest-in-yourself': {
    nothingListed: () =>
      `自分が何をギブできるかがまだ書かれていません。人は自分を助けてくれる人に会いたがるものです。会う価値のあるスキルを磨きましょう。その間も、感謝を伝える、お土産を渡す、話を聞く、褒めるといった仕事以外のギブはいつでもできます。`,
    noRecentGive: (p, f) =>
      `${f.list(p.canGive)}を渡せるのに、この${p.days}日ギブがありません。今週、一人に申し出てみましょう。`,
    move: (p) =>
      p.canGive.length
        ? `${p.canGive[0]}を一人に申し出る。`
        : '自分がギブできることを3つ書き出す(rel onboard)。',
  },
  'field-context': {
    tiesBringWork: (p) =>
      `${FIELD[p.field] ?? p.field}の仕事では、知り合いから案件や仕事が本当に来ます。関係を育てつつ、声をかけてもらえる理由であるスキルも磨き続けましょう。`,
    sales: () =>
      '営業職なら、人脈と見込み客は分けておきましょう。友人や同級生への売り込みは、何年もかけて育った信頼を燃やしてしまいます。',
    skillFirst: () =>
      'あなたの分野では、人脈よりもスキルが扉を開くことが多いです。まず腕を磨けば、会うべき人は自然とついてきます。',
  },
};
