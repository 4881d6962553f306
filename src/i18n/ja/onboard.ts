import type { onboard as en } from '../en/onboard.js';

export const onboard: typeof en = {
  hello: () =>
    'アドバイスをあなたに合わせるため、いくつか質問します。Enterで表示中の答えのまま進み、Ctrl-Cで何も変えずに終了します。',
  langQ: () => 'Language / 言語',
  goalQ: () => 'どんな人になりたいですか?(例:「フリーランスのWebエンジニア」)',
  lookingForQ: () => 'どんな人と知り合いたいですか?(その道の少し先を行く人)',
  canGiveQ: () => 'あなたがギブできることは?(スペースで選び、Enterで決定)',
  canGiveBusiness: () => [
    '相手の仕事への感想',
    '自分の専門スキルでの手助け',
    '知り合いの紹介',
    '相手の仕事を広める',
  ],
  canGiveEveryday: () => [
    '感謝を伝える',
    '悩みを聞く',
    'ちょっとしたお土産',
    '相手のイベントに顔を出す',
    '心から褒める',
  ],
  canGiveMoreQ: () => 'ほかにギブできることは?(カンマ区切り。なければEnter)',
  fieldQ: () => 'お仕事の分野',
  fields: {
    it: 'IT・ソフトウェア',
    web: 'Web',
    design: 'デザイン',
    writing: 'ライティング',
    marketing: 'マーケティング',
    sales: '営業',
    other: 'その他',
  },
  mixersQ: () => '異業種交流会やパーティには月に何回行きますか?',
  mixers: () => ['行かない', '1〜2回', '3回以上'],
  mostFromQ: () => '今の知り合いは、主にどこで出会った人ですか?',
  mostFrom: {
    'school-work': '学校や職場',
    events: 'イベントや交流会',
    intros: '紹介',
    online: 'オンライン',
  },
  aheadQ: () => 'あなたの目指す道の少し先を行く人は、この中にいますか?',
  aheadNewQ: () => 'ほかに、少し先を行く知り合いはいますか?(名前をカンマ区切りで。なければEnter)',
  targetsQ: () => 'まだ会ったことはないけれど、会いたい人はいますか?(名前をカンマ区切りで。なければEnter)',
  habitMixers: (p) =>
    `交流会に月${p.perMonth >= 3 ? '3回以上' : '1〜2回'}行っています。次の回は見送って、その夜はすでに知っている人と過ごしましょう。`,
  habitEvents: () =>
    '今の知り合いは主にイベントで出会った人です。今月、信頼できる友人に一人紹介を頼んでみましょう。',
  habitSchoolWork: () =>
    '学校や職場でできた人脈は、いちばん確かなつながりです。今週、元同僚の一人に連絡してみましょう。',
  saved: () => '保存しました。今週はここから始めましょう:',
  nothingYet: () => '保存しました。まずは大切な人を登録しましょう: rel add "名前" --origin work',
  added: (p) => `登録しました: ${p.names.join('、')}`,
  needsTerminal: () =>
    'rel onboard は質問に答える形式のため、端末が必要です。端末がない場合は回答をファイルで渡してください: rel onboard --answers answers.json',
  hint: () => 'ヒント: rel onboard(2分)を実行すると、目標に合ったアドバイスになります。',
};
