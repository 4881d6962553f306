import type { cli as en } from '../en/cli.js';
import { report } from './report.js';

/** A rhythm as typed (1m, 2w; from a circle: `3m (active)`) in words: 1か月ごと（付き合いのある人）. */
const rhythm = (every: string): string => {
  const m = /^(\d+)([dwmy])(?: \((\w+)\))?$/.exec(every);
  if (!m) return every;
  const unit = { d: '日', w: '週間', m: 'か月', y: '年' }[m[2] as 'd' | 'w' | 'm' | 'y'];
  const ring = m[3] ? ((report.ring as Record<string, string>)[m[3]] ?? m[3]) : null;
  return `${m[1]}${unit}ごと${ring ? `（${ring}）` : ''}`;
};

/** The fields `rel edit` reports as changed, in words. */
const FIELD: Record<string, string> = {
  name: '名前',
  origin: '出会ったきっかけ',
  introducer: '紹介してくれた人',
  nicknames: '呼び名',
  tags: 'タグ',
  note: 'メモ',
  met: '出会った日',
  every: '連絡の間隔',
  circle: '付き合いの輪',
  birthday: '誕生日',
  org: '所属',
  where: '場所',
  reading: '読み',
  emails: 'メール',
  phones: '電話',
  ahead: '少し先を行く人',
  chemistry: 'プライベートで会うか',
  target: '会いたい人',
  needs: '取り組んでいること',
};

/** What a give of each kind is called: a gift is 贈る, feedback is 伝える, listening is 聞く. */
const GAVE: Record<string, (n: string) => string> = {
  help: (n) => `${n}さんを手伝いました`,
  advice: (n) => `${n}さんに助言しました`,
  info: (n) => `${n}さんに情報を伝えました`,
  intro: (n) => `${n}さんに人を紹介しました`,
  feedback: (n) => `${n}さんに感想を伝えました`,
  promotion: (n) => `${n}さんのことを広めました`,
  attend: (n) => `${n}さんのイベントに参加しました`,
  gift: (n) => `${n}さんに贈り物をしました`,
  thanks: (n) => `${n}さんにお礼を伝えました`,
  listen: (n) => `${n}さんの話を聞きました`,
  praise: (n) => `${n}さんをほめました`,
  referral: (n) => `${n}さんに仕事を紹介しました`,
  other: (n) => `${n}さんにギブしました`,
};
/** And what was received: a sale is not something received, it is something you sold. */
const TOOK: Record<string, (n: string) => string> = {
  help: (n) => `${n}さんに手伝ってもらいました`,
  advice: (n) => `${n}さんから助言をもらいました`,
  info: (n) => `${n}さんから情報をもらいました`,
  intro: (n) => `${n}さんに人を紹介してもらいました`,
  feedback: (n) => `${n}さんから感想をもらいました`,
  promotion: (n) => `${n}さんに広めてもらいました`,
  attend: (n) => `${n}さんがイベントに来てくれました`,
  gift: (n) => `${n}さんから贈り物をもらいました`,
  thanks: (n) => `${n}さんからお礼を言われました`,
  listen: (n) => `${n}さんに話を聞いてもらいました`,
  praise: (n) => `${n}さんにほめてもらいました`,
  referral: (n) => `${n}さんから仕事を紹介してもらいました`,
  sale: (n) => `${n}さんに売り込みました`,
  other: (n) => `${n}さんから受け取りました`,
};

export const cli: typeof en = {
  added: (p) =>
    p.target
      ? `${p.name}さん（#${p.id}）を「会いたい人」として登録しました`
      : `${p.name}さん（#${p.id}）を登録しました`,
  gave: (p) => `${(GAVE[p.kind ?? 'other'] ?? GAVE.other!)(p.name)}：${p.what}（${p.date}）`,
  took: (p) => `${(TOOK[p.kind ?? 'other'] ?? TOOK.other!)(p.name)}：${p.what}（${p.date}）`,
  touched: (p) =>
    `${p.name}さんと連絡を取りました（${p.kind ? `${p.kind}、` : ''}${p.date}）${p.note ? `：${p.note}` : ''}`,
  touchedInbound: (p) =>
    `${p.name}さんから連絡がありました（${p.kind ? `${p.kind}、` : ''}${p.date}）${p.note ? `：${p.note}` : ''}`,
  event: (p) => `${p.name}（${p.kind}、${p.date}）を記録しました`,
  eventMet: (p) => `  会った人：${[...p.known, ...p.added.map((n) => `${n}（新規）`)].join('、')}`,
  eventFor: (p) => `  ${p.name}さんのイベントに参加したので、ギブとして数えました`,
  introByMe: (p) => `${p.a}さんと${p.b}さんを引き合わせました（${p.date}）。二人へのギブとして記録しました`,
  introducedTo: (p) => `${p.name}さんを紹介`,
  intro: (p) =>
    `${p.introducer}さんから${p.name}さんを紹介してもらいました（${p.date}）${p.added ? '。新しく登録しました' : ''}`,
  edited: (p) => `${p.name}さんを更新しました：${p.fields.map((x) => FIELD[x] ?? x).join('、')}`,
  removed: (p) => `${p.name}さんと、その人の記録${p.entries}件を削除しました`,
  confirmRemove: (p) => `${p.name}さんと記録${p.entries}件を削除しますか？元に戻せません。`,
  listEmpty: () =>
    [
      'まだ誰もいません。まずは大切な人から記録しましょう：',
      '  rel add "田中 愛子" --origin work --date 2024-04-01',
      '  rel give "田中 愛子" "資料を読んで感想を送った" --kind feedback',
      '  rel review',
    ].join('\n'),
  listNoTag: (p) => `「${p.tag}」のタグが付いた人はいません。`,
  listNoMatch: (p) => `「${p.match}」に当てはまる人はいません。言葉を減らすか、短くしてみてください。`,
  listHeader: () => ['名前', '出会い', '最後の連絡', 'ギブ：テイク', 'タグ'],
  listCount: (p) => `${p.n}人`,
  never: () => 'なし',
  notMet: () => 'まだ会っていない',
  showOrigin: (p) =>
    [
      p.met ? `${p.met}に出会う` : null,
      p.origin === null ? null : `きっかけ：${p.origin}`,
      p.via ? `${p.via}さんの紹介` : null,
      p.event ? `${p.event}にて` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  showFlags: (p) =>
    [
      p.ahead ? '目指す道の少し先を行く人' : null,
      p.chemistry ? null : 'プライベートでは会わない人',
      p.target ? '会いたい人' : null,
    ].filter((x): x is string => x !== null),
  showWork: (p) =>
    [p.org ? `所属：${p.org}` : null, p.where ? `場所：${p.where}` : null].filter(Boolean).join(' · '),
  showContacts: (p) =>
    [
      p.emails.length ? `メール ${p.emails.join('、')}` : null,
      p.phones.length ? `電話 ${p.phones.join('、')}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  showBalance: (p) => `ギブ ${p.gives} · テイク ${p.takes}`,
  showLastTouch: (p) => `最後の連絡 ${p.date}（${p.ago}）`,
  showNoTouch: () => '出会ってから連絡なし',
  showEvery: (p) => `連絡は${rhythm(p.every)}（次は${p.due}）`,
  showBirthday: (p) => `誕生日 ${p.date}`,
  showIntroduced: (p) => `${p.names.map((n) => `${n}さん`).join('、')}を紹介してくれた人`,
  showPrep: (p) => [
    `相手の仕事を調べた：${p.studied ?? '（まだ）'}`,
    `用意したギブ：${p.give ?? '（まだ）'}`,
    `会いたい理由：${p.reason ?? '（まだ）'}`,
  ],
  noTargets: () =>
    '会いたい人はまだいません。追加：rel target "会いたい人" --reason "フリーランスになった経緯を聞きたい"',
  targetLabel: () => '（会いたい人）',
  demoFooter: () =>
    'これは一時的なデータベース上のサンプルで、すでに削除しました。あなたのデータには触れていません。始めるには：rel onboard',
  demoKept: (p) => `サンプルのデータベースは ${p.path} に残しました。見てみる：rel --db ${p.path} list`,
  journalTitle: (p) => `あなたの人脈（${p.date}時点）`,
  confirmMerge: (p) =>
    `${p.other}さんを${p.keep}さんに統合しますか（記録${p.moved}件を移動）？${p.other}さんは削除されます。`,
  merged: (p) => `${p.other}さんを${p.keep}さんに統合しました（記録${p.moved}件を移動）`,
  imported: (p) =>
    `${p.file} を${p.dryRun ? 'インポートすると' : 'インポートしました'}：追加 ${p.added}人、既存の人に統合 ${p.merged}人、変更なし ${p.unchanged}人${p.dryRun ? '（--dry-run：何も書き込んでいません）' : ''}`,
  importedMerge: (p) => `  ${p.name} → ${p.into}（${p.by}が一致）`,
  exported: (p) => `${p.path} に${p.people}人分を書き出しました（${p.format}）`,
  stdinName: () => '標準入力',
  metUnknown: () => '—',
  timeline: () => 'これまで',
  timelineEmpty: () => 'まだ記録がありません。rel give、rel take、rel touch から始めましょう',
  tlGive: (p) => `ギブ：${p.what} [${p.kind}]`,
  tlTake: (p) => `テイク${p.offered ? '（相手から申し出）' : ''}：${p.what} [${p.kind}]`,
  tlTouch: (p) =>
    `${p.inbound ? '相手から連絡' : '連絡'}${p.note ? `：${p.note}` : ''}${p.kind ? ` [${p.kind}]` : ''}`,
  tlEvent: (p) => `${p.name}で会う [${p.kind}]`,
  tlMet: () => '出会う',
  tlIntroducedBy: (p) => `${p.name}さんの紹介`,
  tlIntroduced: (p) => `${p.name}さんを紹介してくれた`,
  note: () => 'メモ',
  needs: (p) => `取り組んでいること・必要なこと：${p.what}（${p.date}に記録）`,
  tags: () => 'タグ',
  colon: () => '：',
  nicknames: () => '呼び名',
  searchNone: (p) =>
    `「${p.query}」に一致するものはありません。名前、読み、メモ、所属、連絡先、ギブとテイク、連絡の記録、イベントを探しました。`,
  searchCount: (p) => `${p.n}件`,
  searchNoPerson: () => 'イベント',
  searchType: (type) =>
    ({
      name: '名前',
      nickname: '呼び名',
      reading: '読み',
      org: '所属',
      where: '場所',
      email: 'メール',
      phone: '電話',
      tag: 'タグ',
      note: 'メモ',
      prep: '準備',
      needs: '取り組み',
      give: 'ギブ',
      take: 'テイク',
      touch: '連絡',
      event: 'イベント',
    })[type] ?? type,
  // bare `rel`
  startTitle: () => 'rel · 人脈のコーチ：ギブとテイクを記録して、本物の関係を育てます',
  startEmpty: () =>
    [
      'まずはこの3つから：',
      '  1. rel onboard                                 なりたい自分を決める',
      '  2. rel add "田中 愛子" --origin work           大切な人を一人登録する',
      '  3. rel give "田中 愛子" "記事を送った"         小さなギブも記録する',
      '先に完成例を見るなら rel demo、すべてのコマンドは rel --help で確認できます。',
    ].join('\n'),
  startMore: () => '全体を見るなら rel review、すべてのコマンドは rel --help で確認できます。',
  addedSimilar: (p: { name: string; similar: readonly { id: number; name: string }[] }) =>
    `  似た名前の人がいます：${p.similar.map((x) => `${x.name}さん（#${x.id}）`).join('、')}。同じ人なら rel merge "${p.similar[0]!.name}" "${p.name}" でまとめられます。`,
  editedNothing: (p: { name: string }) => `${p.name}さんの記録はすでにそのとおりです。何も変更していません。`,
  showOverdue: (p: { every: string; days: number }) =>
    `連絡は${rhythm(p.every)}（予定を${p.days}日過ぎています）`,
  importedAdded: (p: { names: readonly string[]; more: number; dryRun: boolean }) =>
    `  ${p.dryRun ? '追加される人' : '追加した人'}：${p.names.map((n) => `${n}さん`).join('、')}${p.more > 0 ? `、ほか${p.more}人` : ''}`,
};
