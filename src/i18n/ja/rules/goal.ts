/** ルールのメッセージ：目標と自分自身（日本語） */
import type { goal as en } from '../../en/rules/goal.js';

const MISSING: Record<'studied' | 'give' | 'reason', string> = {
  studied: '相手の仕事を調べる（本を読む、商品やサービスを試す）',
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
      `どんな人になりたいか${p.hasLookingFor ? '' : '、どんな人と知り合いたいか'}が、まだ決まっていません。行き先が決まらないままでは、大勢に会っても、会うべき人にはなかなか出会えません。rel onboard なら2分で書けます。`,
    move: () => 'rel onboard で、なりたい自分を書き出す。',
  },
  'step-ahead': {
    noneAhead: (p) =>
      `目標は「${p.goal}」ですが、その道の少し先を行く人が、まだ一人も登録されていません。${p.lookingFor ? `「${p.lookingFor}」` : '少し先を行く人'}と親しくなるのが、いちばんの近道です。知っている人には rel edit <名前> --ahead で印を付け、会いたい人は --target で登録しましょう。`,
    move: () => '少し先を行く人を一人決める（rel edit <名前> --ahead）。',
  },
  'pinpoint-prep': {
    prep: (p) =>
      `${p.name}さんに連絡する前に、準備が${['一つ', '二つ', '三つ'][p.missing.length - 1] ?? `${p.missing.length}つ`}残っています：${p.missing.map((m) => MISSING[m]).join('、')}。少し先を行く人に会ってもらうには、こちらから会う理由を用意しておきましょう（rel target "${p.name}" --studied … --give … --reason …）。`,
    move: (p) => `${p.name}さんに会う準備として、${MISSING[p.missing[0]!]}。`,
    ready: (p) =>
      `${p.name}さんに会う準備が整いました。会いたい理由と、こちらから渡せるものを短く伝えて、返事を待ちましょう。`,
    readyMove: (p) => `${p.name}さんに短く具体的なメッセージを送る。`,
    ownLevel: (p, f) =>
      `${f.list(p.targets.map((n) => `${n}さん`))}のような先を行く人に近づこうとしている一方で、同じ段階にいる人との深い関係は${p.peerDeep === 0 ? 'まだありません' : `${p.peerDeep}人だけです`}。つながりは、近い立場の人どうしでいちばん自然に育ちます。勉強会や職場の仲間とも、関係を深めておきましょう。`,
  },
  'invest-in-yourself': {
    nothingListed: () =>
      `自分がギブできることが、まだ書かれていません。人は、力になってくれる人に会いたいと思うものです。「この人に会いたい」と思ってもらえるスキルを育てていきましょう。その間も、お礼を伝える、お土産を渡す、話を聞く、褒めるなど、仕事以外のギブはいつでもできます。`,
    noRecentGive: (p, f) =>
      `ギブできること（${f.list(p.canGive)}）があるのに、この${p.days}日、ギブの記録がありません。今週、誰か一人に申し出てみましょう。`,
    move: (p) =>
      p.canGive.length
        ? `「${p.canGive[0]}」を誰か一人に申し出る。`
        : '自分がギブできることを三つ書き出す（rel onboard）。',
  },
  'field-context': {
    tiesBringWork: (p) =>
      `${FIELD[p.field] ?? p.field}の仕事では、知り合いから案件を紹介されることがよくあります。つながりを大切にしながら、「この人に頼みたい」と思われる腕も磨き続けましょう。`,
    sales: () =>
      '営業職なら、友人と見込み客は分けて考えましょう。友人や同級生に売り込むと、何年もかけて築いた信頼を一度に失いかねません。',
    skillFirst: () =>
      'あなたの分野では、人脈よりもまず腕前が評価されることが多いです。スキルを磨いていけば、会うべき人とは自然に出会えます。',
  },
};
