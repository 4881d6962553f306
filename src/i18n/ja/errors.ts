import type { errors as en } from '../en/errors.js';
import { problems } from './problems.js';

const list = (xs: readonly string[]): string => xs.join('、');
/** People as the resolver lists them (`木村 誠 (#17)`), with さん and full-width brackets. */
const people = (xs: readonly string[]): string =>
  list(xs.map((x) => x.replace(/^(.*) \(#(\d+)\)$/, '$1さん（#$2）').replace(/^([^（]*)$/, '$1さん')));
/** What the missing argument of a command is, in words (the usage line shows it as <what>). */
const ARG: Record<string, string> = {
  person: '相手の名前',
  what: '内容',
  name: '名前',
  introducer: '紹介してくれた人',
  keep: '残す人',
  other: 'まとめる人',
  file: 'ファイル',
  action: '操作',
  shell: 'シェル',
  words: '探す言葉',
  label: '何の日か',
  note: 'メモ',
};
/** A text argument as the parser names it (`<what>`), with what it is in words: <what>（内容）. */
const arg = (w: string): string => {
  const m = /^<(\w+)>$/.exec(w);
  return m && ARG[m[1]!] ? `${w}（${ARG[m[1]!]}）` : w;
};
/** What config expects, as commands/config.ts words it in English. */
const EXPECTED: Record<string, string> = {
  'true or false': '「true」か「false」',
  'a number ≥ 0': '0以上の数',
  'a currency code such as JPY, USD or EUR': 'JPY、USD、EUR などの通貨コード',
};
/** A system error code in words; anything else as given. */
const DETAIL: Record<string, string> = {
  ENOENT: 'ファイルがありません',
  EACCES: '読み取りの権限がありません',
  EPERM: '権限がありません',
  EISDIR: 'フォルダーです',
};

/** commander's errors: the command typed ('' at the top level) and where its help is. */
const who = (command: string) => command || 'rel';
const help = (command: string) => (command ? `rel ${command} --help` : 'rel --help');

export const errors: typeof en = {
  invalidValue: (p) => `${p.option}：「${p.value}」は使えません。使える値：${list(p.valid)}`,
  invalidDate: (p) =>
    `${p.option}：「${p.value}」を日付として読めません。2026-11-01、11月3日、今日、昨日、3日前、先週の月曜日、-2w などで指定してください。`,
  futureDate: (p) =>
    `${p.option}：${p.value} は今日（${p.today}）より後の日付です。起きたことは起きてから記録してください。`,
  invalidNumber: (p) => `${p.option}：「${p.value}」は0以上の数ではありません。`,
  invalidCadence: (p) =>
    `--every：「${p.value}」は間隔として読めません。2w、30d、3m、1y のように数と単位で指定してください（消すときは none）。`,
  invalidBirthday: (p) =>
    `--birthday：「${p.value}」は日付ではありません。1990-05-15 や 1990年5月15日、年が分からなければ 05-15 や 5月15日 と指定してください。`,
  futureBirthday: (p) =>
    `--birthday：${p.value} は今日（${p.today}）より後の日付です。年を確かめるか、年なしで 05-15 のように指定してください。`,
  snoozePast: (p) =>
    `--until：${p.value} はもう過ぎています。今日以降の日付（「2週間後」など）を指定するか、すぐ再開するなら none を指定してください。`,
  promptStopped: () => '中断しました。何も変更していません。',
  invalidNow: (p) => `REL_NOW：「${p.value}」はISO形式の日付・日時ではありません（例：2026-11-22）。`,
  invalidLang: (p) => `--lang：「${p.value}」には対応していません。en か ja を指定してください。`,
  emptyText: (p) =>
    `${arg(p.what)}が空です。${p.what === '<what>' ? '何だったのかを短く書いてください。' : '一文字以上で指定してください。'}`,
  tooLong: (p) => `${arg(p.what)}が${p.max}文字を超えています。`,
  personNotFound: (p) =>
    p.closest.length > 0
      ? `「${p.query}」という人はいません。${people(p.closest)}のことですか？`
      : `「${p.query}」という人はいません。一覧は rel list で見られます。`,
  personAmbiguous: (p) =>
    `「${p.query}」は${people(p.names)}に当てはまります。フルネームか #番号 で指定してください。`,
  personExists: (p) =>
    p.edit
      ? `${p.name}さんはすでに登録されています（#${p.id}）。記録を変えるなら ${p.edit} です。同じ名前の別の人を登録するときは --again を付けてください。`
      : `${p.name}さんはすでに登録されています（#${p.id}）。同じ名前の別の人を登録するときは --again を付けてください。`,
  selfIntro: (p) => `${p.name}さんが本人を紹介することはできません。別々の二人を指定してください。`,
  saleIsTake: () =>
    `--kind sale は「受け取った」側にだけ使えます（知人に売った・勧誘した）。rel take で記録し、一度立ち止まってください。`,
  offeredSale: () =>
    '--offered は、頼まずに相手から受け取ったものに付けます。売ったもの（sale）には付けられません。',
  nothingToEdit: (p) =>
    `${p.name}さんについて変更する項目がありません。フラグを一つ以上指定してください（rel edit --help）。`,
  rmNeedsYes: (p) =>
    `${p.name}さんを削除すると記録がすべて消えます。確認のため --yes を付けてください（確認できる端末がありません）。`,
  rmCancelled: (p) => `${p.name}さんはそのままです。何も削除していません。`,
  dbNewer: (p) =>
    `${p.path} は新しいバージョンの rel で書かれています（スキーマ ${p.found}、この rel は ${p.known} まで）。rel を更新してください。ファイルには触れていません。`,
  dbNotRel: (p) =>
    `${p.path} は SQLite ファイルですが rel のデータベースではありません。--db で別のファイルを指定してください。このファイルには触れていません。`,
  dbCorrupt: (p) =>
    `${p.path} を rel のデータベースとして読めません（${p.detail}）。バックアップから戻すか、--db で別の場所を指定してください。`,
  dbCantOpen: (p) =>
    `${p.path} を開けません（${p.detail}）。フォルダーがあり、書き込めるか確認してください。`,
  dbReadOnly: (p) =>
    `${p.path} は読み取り専用のため、何も記録していません。権限を確認するか、--db で別の場所を指定してください。`,
  dbBusy: (p) =>
    `${p.path} が別の rel に長くロックされていたため、何も記録していません。もう一度試してください。`,
  configCantWrite: (p) =>
    `設定を ${p.path} に保存できませんでした（${p.detail}）。何も変更していません。書き込めるフォルダーを REL_CONFIG で指定してください。`,
  configBad: (p) =>
    `設定ファイル ${p.path} を読めません（${p.detail}）。直すか削除すると初期設定に戻ります。`,
  unknownRule: (p) =>
    `「${p.id}」というルールはありません。${p.closest.length ? `${p.closest.join(' か ')} のことですか？` : '一覧は rel rules で見られます。'}`,
  unknownSetting: (p) => `「${p.key}」という設定はありません。設定項目：${p.valid.join('、')}`,
  badSettingValue: (p) =>
    `${p.key}：「${p.value}」は使えません。${EXPECTED[p.expected] ?? p.expected}を指定してください。`,
  onboardNeedsTerminal: () =>
    'rel onboard は質問形式のため端末が必要です。端末がない場合は回答をファイルで渡してください：rel onboard --answers answers.json',
  fileUnreadable: (p) =>
    p.detail === 'ENOENT'
      ? `${p.path} が見つかりません。パスを確認してください。`
      : `${p.path} を読めません（${DETAIL[p.detail] ?? p.detail}）。パスと読み取り権限を確認してください。`,
  answersBad: (p) => `回答ファイル ${p.path} を使えません。${problems.answers(p.problem)}。`,
  cannotWrite: (p) => `${p.path} に書き込めません（${p.detail}）。何も書き込んでいません。`,
  stdoutFailed: (p) =>
    `標準出力に書き込めません（${p.detail}）。出力は途中で切れています。空き容量を確保するか、--out でファイルに書き出してください。`,
  outRefused: (p) =>
    ({
      symlink: `${p.path} はシンボリックリンクです。rel はリンク越しには書き込みません。実際のファイルを指定してください。`,
      database: `${p.path} はデータベース（rel のもの、またはそのバックアップ）です。エクスポートで上書きすることはありません。別のファイルを指定してください。`,
      directory: `${p.path} はフォルダーです。その中のファイル名を指定してください。`,
      notRegular: `${p.path} は通常のファイルではありません（デバイス、パイプ、ソケットなど）。ファイルを指定してください。`,
      exists: `${p.path} はすでにあります。何も書き込んでいません。置き換えるときは --force を付けるか、新しいファイル名を指定してください。`,
    })[p.reason],
  snoozeNeedsUntil: () =>
    'rel snooze には --until <日付> が必要です（例：--until 2026-12-15。再開は none）。',
  cronUnavailable: (p) =>
    /ENOENT/.test(p.detail)
      ? 'crontab コマンドが見つかりません。cron はインストールされていますか？'
      : `crontab を使えません（${p.detail}）。cron はインストールされていますか？`,
  cronBadPath: (p) =>
    `${p.path} は改行などの制御文字を含むため crontab の行に書けません。何も登録していません。データベースを普通のパスに移して --db で指定してください。`,
  invalidTime: (p) => `--at：「${p.value}」は時刻ではありません。09:00 のように HH:MM で指定してください。`,
  importBadCard: (p) =>
    `${problems.where(p.where)}：${problems.import(p.problem)}。何もインポートしていません。`,
  importBadRow: (p) =>
    `${problems.where(p.where)}：${problems.import(p.problem)}。何もインポートしていません。`,
  importNotFile: (p) =>
    `${p.path} は通常のファイルではありません（デバイス、パイプ、フォルダーなど）。インポートできるのはファイルだけです。何もインポートしていません。`,
  importTooBig: (p) =>
    `${p.path} は ${p.max} MB を超えています（${p.mb} MB まで読みました）。何もインポートしていません。本当にアドレス帳なら --max-size <MB> で上限を上げてください。`,
  importEncoding: (p) =>
    `${p.path} は ${p.tried.join('、')} のテキストではありません。何もインポートしていません。--encoding で文字コードを指定してください（utf-8、utf-16le、utf-16be、shift_jis）。`,
  importGarbled: (p) =>
    `${p.where}：名前に読めない文字（�）が含まれているため、安全に照合できません。--encoding shift_jis か utf-16le を試してください。何もインポートしていません。`,
  importTooLong: (p) => `${p.where}：${p.field}が${p.max}文字を超えています。何もインポートしていません。`,
  importUnknownShape: (p) =>
    `${p.path} は${problems.shape(p.expected)}の形式ではないようです。何もインポートしていません。`,
  backupBad: (p) => `${p.path}：${problems.backup(p.problem)}。何もインポートしていません。`,
  invalidEmail: (p) => `${p.option}：「${p.value}」はメールアドレスではありません（例：name@example.com）。`,
  backupField: (p) =>
    `${p.path}：${p.at} ${
      {
        notRel: 'によると、これは rel のバックアップ（rel export --format json で作ったもの）ではありません',
        version: 'は、この rel が読めないバックアップ形式です',
        schema: `は、この rel が知らないスキーマです（1〜${p.valid[0]}）`,
        notObject: 'がオブジェクトではありません',
        notList: 'がリストではありません',
        missing: 'がありません',
        unknown: 'は rel の知らない項目です',
        text: 'は空でない文字列でなければなりません',
        name: 'は名前でなければなりません（1〜200文字、空白は1つずつ、制御文字なし）',
        tooLong: `が${p.valid[0]}文字を超えています`,
        id: 'は1以上の整数でなければなりません',
        number: 'は0以上の数でなければなりません',
        flag: 'は0か1でなければなりません',
        day: 'は 2026-11-22 のような日付でなければなりません',
        birthday: 'は 1990-05-15、年がなければ --05-15 のような日付でなければなりません',
        cadence: 'は 2w、30d、3m、1y のような間隔でなければなりません',
        timestamp: 'は 2026-11-22T09:00:00.000Z のような日時でなければなりません',
        oneOf: `は次のどれかでなければなりません：${list(p.valid)}`,
        duplicate: 'はバックアップ内の行と重複しています',
        person: 'が指す人はバックアップにいません',
        event: 'が指すイベントはバックアップにありません',
        json: 'は rel が書く形の値ではありません',
      }[p.problem]
    }。何もインポートしていません。`,
  invalidPhone: (p) =>
    `${p.option}：「${p.value}」は電話番号ではありません。数字で書いてください。+、-、かっこ、空白も使えます。`,
  invalidReading: (p) =>
    `--reading：「${p.value}」は読み方として使えません。名前の読みをかなかローマ字で書いてください（例：わたなべ みさき）。`,
  mergeSelf: (p) => `どちらも${p.name}さんです。統合するには別々の二人を指定してください。`,
  dbFull: (p) =>
    `${p.path} のあるディスクがいっぱいのため、何も書き込んでいません。空きを作ってからもう一度試してください。`,
  dateNeedsOn: (p) =>
    `「${p.label}」を記録するには --on <日付> が必要です。例：--on 2026-12-01、--on 12月3日（記念日なら --yearly も）。`,
  dateNeedsLabel: () =>
    '--on の前に名前を付けてください：rel date <人> <名前> --on <日付>（例：rel date "田中 愛子" "出版記念" --on 2026-12-01）。',
  dateNotFound: (p) =>
    `${p.name}さんには「${p.label}」という日がありません${p.labels.length ? `。記録されている日：${p.labels.join('、')}` : ''}。`,
  importFormatUnknown: (p) =>
    `${p.path} の種類がファイル名から分かりません。--format で json、vcard、csv、linkedin のどれかを指定してください。`,
  importStdinNeedsFormat: () =>
    '標準入力（-）から読むには --format が必要です：json、vcard、csv、linkedin のどれか（例：rel import - --format vcard）。',
  syncNoFolder: () =>
    '初回の rel sync にはフォルダーが必要です。例：rel sync ~/Sync/rel（Syncthing、Dropbox、iCloud Drive、git などで同期しているフォルダー）。次回からは覚えています。',
  syncFolderMissing: (p) =>
    `同期フォルダー ${p.path} も、それを置く親フォルダーもありません。パスを確かめてください。何も同期していません。`,
  syncFolderUnreadable: (p) => `同期フォルダー ${p.path} を読めません（${p.detail}）。何も同期していません。`,
  syncDbInFolder: (p) =>
    `データベース ${p.path} が同期フォルダー ${p.folder} の中にあります。使用中のデータベースを同期フォルダーに置くと、壊れたり分岐したりします。データベースは外に置き、同期するのはフォルダーだけにしてください。何も同期していません。`,
  syncNewer: (p) =>
    `${p.file} は新しいバージョンの rel で書かれています（同期形式 ${p.found}、この rel が読めるのは ${p.known} まで）。この端末の rel を更新してください。何も同期していません。`,
  syncNeedsKey: (p) =>
    `${p.file} は暗号化されています。--passphrase-file <ファイル> か REL_SYNC_KEY でパスフレーズを渡してください。何も同期していません。`,
  syncWrongKey: (p) =>
    `${p.file} は別のパスフレーズで暗号化されていて、このパスフレーズでは開けません。何も同期していません。`,
  syncEmptyKey: (p) => `${p.path} のパスフレーズが空です。1行目に書いてください。`,
  internal: (p) =>
    `予期しないエラーが起きました：${p.detail}。中途半端な書き込みはしていません。報告していただけると助かります。`,
  // commander 自身の使い方のエラー（cli/usage.ts がエラーコードから選びます）
  usageMissingArgument: (p) =>
    `${who(p.command)} には ${ARG[p.name] ? `<${p.name}>（${ARG[p.name]}）の` : `<${p.name}> の`}指定が必要です（使い方：${help(p.command)}）。`,
  usageMissingOptionValue: (p) =>
    `${p.option} には値が必要です。${p.option} ${p.value} のように指定してください（使い方：${help(p.command)}）。`,
  usageMandatoryOption: (p) =>
    `${who(p.command)} には ${p.option} ${p.value} の指定が必要です（使い方：${help(p.command)}）。`,
  usageUnknownOption: (p) =>
    `${who(p.command)} に ${p.option} というオプションはありません。${p.closest.length ? `${p.closest.join(' か ')} のことですか？` : `使えるオプションは ${help(p.command)} で確認できます。`}`,
  usageTooManyArguments: (p) =>
    `${who(p.command)} ${p.expected === 0 ? 'は引数を取りません' : `の引数は${p.expected}つです`}が、${p.got}つ指定されています。空白を含む名前や文は、"田中 愛子" のように引用符で囲んでください。`,
  usageUnknownCommand: (p) =>
    `「${p.name}」というコマンドはありません。${p.closest.length ? `${p.closest.join(' か ')} のことですか？` : 'コマンドの一覧は rel --help で確認できます。'}`,
  usageOther: (p) => `コマンドラインを読み取れません（${p.detail}）。使い方は rel --help で確認できます。`,
};
