/**
 * `--help` in Japanese. Keys: a command's name (a subcommand's path: `date rm`); `name --flag` for
 * an option of one command, or `--flag` for every command; `name <arg>` for an argument. A value may
 * build on the English text (lists of ids stay as typed). Anything missing here is shown in English
 * (test/i18n/help-ja.test.ts fails on it).
 */
type Text = string | ((en: string) => string);

export const helpJa: Record<string, Text> = {
  '': '人脈作りのコーチです。ギブとテイクを記録すると、本物の関係を築くためのアドバイスが届きます。',
  '--version': 'バージョンを表示します',
  '--db': 'データベースファイル（または REL_DB）',
  '--lang': 'en または ja（または REL_LANG）',
  '--no-color': '色を付けずに表示します（または NO_COLOR）',
  '--no-pager': '長い出力もページャーを使わず、そのまま表示します（または PAGER=cat）',
  '--quiet': '記録したときの確認の一行を表示しません。2回（-qq）で指摘も表示しません',
  '--help': 'このコマンドのヘルプを表示します',
  help: 'コマンドのヘルプを表示します',
  '--json': 'JSON で出力します',
  '--date': 'いつ（省略時は今日）',

  add: '知り合い（または会いたい人）を追加します',
  '--origin': (en) => `出会ったきっかけ：${en.replace(/^how you met: /, '')}（学校、仕事などの日本語も可）`,
  '--via': '紹介してくれた人（きっかけは intro になります）',
  '--nick': 'ニックネーム（複数指定できます）',
  '--tag': 'タグ（複数指定できます）',
  '--note': 'その人についてのメモ',
  'add --date': '出会った日（省略時は今日）',
  'edit --date': '出会った日',
  '--every': '連絡する間隔：2w、30d、3m …（none で解除）',
  '--circle': 'inner（2週間ごと）、close（1か月）、active（3か月）、wider（1年）、または none',
  '--birthday': '1990-05-15、年がわからなければ 05-15',
  '--ahead': '自分が目指す道の少し先を行く人',
  '--no-chemistry': 'プライベートでは会わない人',
  '--target': '会いたい人（まだ会っていない）',
  '--again': '同じ名前の人をもう一人追加します',
  '--email': 'メールアドレス（複数指定できます）',
  '--phone': '電話番号（複数指定できます）',
  '--org': '会社、学校、所属するグループ（"" で消去）',
  '--where': '住まいや拠点：都市名や地名（"" で消去）',
  '--reading': '名前の読み（かな、またはローマ字）：わたなべ みさき（"" で消去）',

  give: '相手にギブしたことを記録します',
  take: '受け取ったことを記録します',
  'give <what>': '何をしたか（短く）',
  'take <what>': '何を受け取ったか（短く）',
  'give --kind': (en) => `種類：${en}（助言、感想などの日本語も可）`,
  'take --kind': (en) => `種類：${en}（助言、感想などの日本語も可）`,
  '--offered': '頼んでいないのに相手から申し出てくれた',
  touch: '会話、電話、メッセージなどの連絡を記録します',
  '--inbound': '相手から連絡があった',
  'touch --kind': (en) => `方法：${en.replace(/^how: /, '')}（電話、メッセージなどの日本語も可）`,
  event: '参加したイベントと、そこで会った人を記録します',
  'event --kind': (en) => `イベントの種類：${en}（異業種交流会、勉強会などの日本語も可）`,
  '--purpose': (en) => `目的：${en}`,
  '--cost': 'かかった費用',
  '--hours': 'かかった時間（時間単位）',
  '--met': 'そこで会った人。新しい名前は追加されます（複数指定できます）',
  '--for': 'その人のイベントに行った（その人へのギブとして数えます）',
  intro: '<introducer> さんから <person> さんを紹介してもらったことを記録します（新しい人は追加されます）',
  '--by-me': '自分が二人を引き合わせた（それぞれへのギブとして数えます）',
  list: '全員の一覧：出会った日、最後の連絡、ギブ：テイク',
  'list --tag': 'このタグの人だけを表示します',
  '--match': 'rel search でこの言葉に当てはまる人だけを表示します',
  '--sort':
    'name（読みの順）、last（連絡していない期間が長い順）、met（付き合いが長い順）、balance（ギブよりテイクが多い順）',
  search: '名前、読み、メモ、所属、連絡先、ギブ、テイク、連絡、イベントから言葉を探します',
  'search <words>': '一つの記録にすべて含まれるものを探します。"" で囲むとひと続きの語句として探します',
  show: 'その人のページ：出会い、ギブとテイクのバランス、これまでの記録',
  edit: '記録した内容を変更します',
  '--name': '名前を変更します',
  '--drop-nick': 'ニックネームを外します（複数指定できます）',
  '--untag': 'タグを外します（複数指定できます）',
  '--drop-email': 'メールアドレスを削除します（複数指定できます）',
  '--drop-phone': '電話番号を削除します（複数指定できます）',
  '--no-ahead': '「少し先を行く人」から外します',
  '--chemistry': 'やはり一緒にいて楽しい人',
  '--no-target': '「会いたい人」から外します',
  '--needs': '相手がいま取り組んでいること、必要としていること。例："12月1日 講座開始"（"" で消去）',
  rm: 'その人と、その人とのこれまでの記録をすべて削除します',
  '--yes': '確認せずに実行します',

  review: '人脈の全体像と、次にすること',
  '--all': '重要なものだけでなく、すべての指摘を表示します',
  rules: 'コーチングのルール：それぞれが何を確かめ、なぜ大切か',
  'rules <id>': '説明するルール',
  config: '設定の表示と変更：ルールのオン・オフ、しきい値、通貨',
  'config <action>': 'list、get、set、unset のいずれか',
  'config <key>': '例：rules.give-first.enabled、rules.go-deep.aim、currency',
  target: '会いたい人と、その準備：相手の仕事を知る、ギブを用意する、会う理由を持つ',
  'target <person>': '新しい人なら追加します。省略すると一覧を表示します',
  '--studied': '相手の本やサービスで、読んだもの・使ったもの',
  'target --give': '相手のために用意したギブ',
  '--reason': '会いたい理由を一行で',
  onboard: '短い質問に答えます：あなたの目標、知り合いたい人、ギブできること',
  '--answers': '回答を JSON ファイルで渡します（質問なし、スクリプト向け）',
  demo: 'サンプルの人脈を一時的なデータベースに作り、そのレビューを表示します',
  '--keep': 'サンプルのデータベースを残し、その場所を表示します',

  remind: '連絡の時期が来た人と、近づいている誕生日（何もなければ何も表示しません。cron 向け）',
  '--days': '何日先までの誕生日と大切な日を表示するか',
  'remind --notify': 'デスクトップ通知を送ります（通知ツールがなければ表示のみ）',
  'remind --force': '--ics と一緒に：rel が書き出したカレンダー以外の既存ファイルも置き換えます',
  'remind --all': '急ぎの数件だけでなく、すべてのリマインドを表示します',
  'remind --json': 'JSON で出力します（すべてのリマインド）',
  '--ics': 'これからの連絡予定、誕生日、大切な日を iCalendar ファイルにも書き出します',
  today: '今日のまとめ：連絡したい人、誕生日、大切な日、いちばん大事なこと',
  snooze: '指定した日まで、その人のリマインドを止めます',
  '--until': '日付、「2週間後」「+3w」など。none で再開します',
  spread:
    '一度に期限が来た人（インポートの後など）を、これからの日々に振り分けます（--apply なしならプレビューのみ）',
  '--over': '振り分ける日数',
  '--apply': '振り分けを保存します（省略時はプレビューのみ）',
  cron: 'crontab から毎日 rel remind を実行します：install、remove、show',
  'cron <action>': 'install、remove、show のいずれか',
  '--at': '実行する時刻（省略時は 09:00）',
  'cron --notify': 'メールの代わりにデスクトップに通知します',

  export: 'すべてを書き出します：完全な JSON バックアップ、vCard 4.0、CSV、Markdown の記録',
  'export --format': 'json、vcard、csv、md のいずれか',
  '--out': 'このファイルに書き出します（本人だけが読めるファイル）。省略時は標準出力',
  'export --force':
    '--out と一緒に：すでにあるファイルを置き換えます（データベースとリンクは置き換えません）',
  'export --json': '--out と一緒に：結果を JSON で表示します',
  import:
    'vCard（Apple、Google、Outlook）、Google や LinkedIn の CSV、rel のバックアップから人を取り込みます',
  'import --format': 'json、vcard、csv、linkedin のいずれか（省略時はファイル名から判断します）',
  '--encoding': 'utf-8、utf-16le、utf-16be、shift_jis のいずれか（省略時は自動判定）',
  '--dry-run': '何が変わるかを表示するだけで、何も書き込みません',
  'import <file>': '取り込むファイル。- なら標準入力（その場合は --format が必要です）',
  '--max-size': 'これより大きいファイル（MB）は取り込みません',
  merge: '二重に記録した人を一人にまとめます：一人目を残し、二人目の記録を移します',
  report: '人脈と進み具合を一枚の HTML ページにまとめます（外部からは何も読み込みません）',
  '--html': 'HTML ページを作ります（唯一の形式なので省略できます）',
  'report --out': 'このファイルに書き出します（本人だけが読めるファイル）。省略時は rel-report-<date>.html',
  'report --force':
    'rel のレポートではない既存のファイルも置き換えます（以前のレポートは --force なしで置き換わります）',
  '--open': '作ったあと xdg-open（macOS では open）で開きます',
  'report --json': '結果を JSON で表示します',
  graph: '紹介のつながり（同じイベントで会った人どうしも）を図にします：Graphviz DOT、Mermaid、JSON',
  'graph --format': 'dot、mermaid、json のいずれか',
  'graph --json': '--format json と同じ',
  sync: 'すでに同期しているフォルダーを通して、どの端末でも同じ記録を使えるようにします（rel 自身は通信しません）',
  'sync <folder>': '同期しているフォルダー（一度指定すれば、次からは省略できます）',
  '--status': 'どの端末がいつ同期したかを表示します（何も変更しません）',
  '--passphrase-file': 'このファイルの1行目のパスフレーズで同期ファイルを暗号化します（または REL_SYNC_KEY）',
  date: '誕生日のほかの大切な日：試験、発売日、記念日など',
  'date <person>': '誰の日か。省略すると全員の大切な日を表示します',
  'date <label>': '何の日か。例："出版記念"。--on と一緒なら記録します（記録済みなら日付を変えます）',
  '--on': '日付：2026-12-01、12月3日（次に来るその日）、来週の金曜日 …',
  '--yearly': '毎年めぐってくる日（記念日など）',
  'date rm': 'その人の大切な日を一つ削除します',
  completion: 'シェル補完のスクリプトを表示します',
  'completion <shell>': 'bash、zsh、fish のいずれか',
};

/** Headings commander prints, and the examples' heading. */
export const helpTitlesJa: Record<string, string> = {
  'Usage:': '使い方：',
  'Options:': 'オプション：',
  'Commands:': 'コマンド：',
  'Arguments:': '引数：',
  'Global Options:': '共通オプション：',
  'Examples:': '例：',
};

/** The comments after `#` in the examples. */
export const exampleCommentsJa: Record<string, string> = {
  'the most pressing few, and how many more': '急ぎの数件と、ほかに何件あるか',
  'every reminder': 'すべてのリマインド',
  'Ken introduced you': 'Ken さんからの紹介',
  'someone you want to meet': '会いたい人',
  'your targets and what prep is missing': '会いたい人と、まだ足りない準備',
  '{"goal": "...", "field": "it", ...}': '{"goal": "...", "field": "it", ...}',
  'then: rel --db <path> list': 'その後：rel --db <path> list',
  'without asking': '確認なしで',
  'every setting': 'すべての設定',
  'a lossless backup: rel import backup.json restores it':
    '完全なバックアップ。rel import backup.json で復元できます',
  'Apple, Google or Outlook (vCard 2.1, 3.0, 4.0)': 'Apple、Google、Outlook（vCard 2.1、3.0、4.0）',
  "Kenji's history moves to Ken; Kenji becomes a nickname":
    'Kenji の記録が Ken に移り、Kenji はニックネームになります',
  'they came to you': '相手から申し出てくれた',
  'you introduced them: a give to both': '自分が紹介した：二人それぞれへのギブ',
  'longest without contact first': '連絡していない期間が長い順',
  'readings match in romaji too': '読みはローマ字でも見つかります',
  'what they are working on': '相手がいま取り組んでいること',
  'no year: the next 3 Dec': '年がなければ次の12月3日',
  'his dates': 'この人の大切な日',
  "everyone's, soonest first": '全員の大切な日を近い順に',
  'a preview: who would come up on which day': 'プレビュー：誰をどの日に振り分けるか',
  'do it': '振り分けを保存します',
  '- reads standard input': '- は標準入力から読み込みます',
  'rel-report-<date>.html in this folder': 'このフォルダーに rel-report-<date>.html を作ります',
  'paste into a Markdown file': 'Markdown ファイルに貼り付けられます',
  'a folder Syncthing, Dropbox, iCloud Drive or git keeps in sync':
    'Syncthing、Dropbox、iCloud Drive、git などで同期しているフォルダー',
  'the same folder, remembered': '前回のフォルダーを覚えています',
  'this device, the others seen, changes waiting': 'この端末、見つかったほかの端末、未送信の変更',
  'encrypt what goes into the folder (or REL_SYNC_KEY)':
    'フォルダーに置くファイルを暗号化します（または REL_SYNC_KEY）',
};

/**
 * Whole example lines in Japanese, where the English one carries English names or prose: the same
 * command and flags, with Japanese names and texts (ids stay as typed). A line not here is shown as
 * it is, with only its comment translated.
 */
export const exampleLinesJa: Record<string, string> = {
  'rel add "Aiko Tanaka" --origin study-group': 'rel add "田中 愛子" --origin study-group',
  'rel give aiko "notes on her draft" --kind feedback': 'rel give 愛子 "原稿の感想を送った" --kind feedback',
  'rel date aiko "book launch" --on "3 Dec"': 'rel date 愛子 "出版記念" --on 12月3日',
  'rel add "Aiko Tanaka" --origin study-group --date 2025-06-01 --tag dev':
    'rel add "田中 愛子" --origin study-group --date 2025-06-01 --tag 開発',
  'rel add "Ken Sato" --origin work --nick Ken-san --every 30d --birthday 1990-05-15 --ahead':
    'rel add "佐藤 健" --origin work --nick 健さん --every 30d --birthday 1990-05-15 --ahead',
  'rel add "Yumi Ono" --via "Ken Sato"          # Ken introduced you':
    'rel add "小野 由美" --via "佐藤 健"          # 佐藤 健さんからの紹介',
  'rel add "Famous Author" --target              # someone you want to meet':
    'rel add "川上 未来" --target                 # 会いたい人',
  'rel add "渡辺 美咲" --reading "わたなべ みさき" --email misaki@example.jp --org "Example KK" --where 京都':
    'rel add "渡辺 美咲" --reading "わたなべ みさき" --email misaki@example.jp --org "株式会社サンプル" --where 京都',
  'rel give "Aiko Tanaka" "reviewed her slides" --kind feedback --date yesterday':
    'rel give "田中 愛子" "スライドに感想を送った" --kind feedback --date 昨日',
  'rel give ken "brought a souvenir from Kyoto" --kind gift':
    'rel give 佐藤 "京都のお土産を渡した" --kind gift',
  'rel take "Aiko Tanaka" "advice on pricing" --kind advice --date 2026-11-10':
    'rel take "田中 愛子" "料金設定の相談" --kind advice --date 2026-11-10',
  'rel receive "Ken Sato" "a book" --kind gift': 'rel receive "佐藤 健" "本をもらった" --kind gift',
  'rel take "Ren Ito" "a website project" --kind referral --offered   # they came to you':
    'rel take "伊藤 蓮" "Webサイトの案件" --kind referral --offered   # 相手から申し出てくれた',
  'rel touch "Ken Sato" "coffee, talked about his move"':
    'rel touch "佐藤 健" "お茶をして、引っ越しの話を聞いた"',
  'rel touch "Ken Sato" "he called" --inbound --kind call --date -2w':
    'rel touch "佐藤 健" "電話をもらった" --inbound --kind call --date 2週間前',
  'rel touch misa "lunch near her office" --kind meal': 'rel touch 美咲 "職場の近くでランチ" --kind meal',
  'rel event "TS study group" --kind study-group --purpose learning --met "Yumi Ono" --met "Aiko Tanaka"':
    'rel event "TypeScript勉強会" --kind study-group --purpose learning --met "小野 由美" --met "田中 愛子"',
  'rel event "Friday mixer" --kind mixer --cost 5000 --hours 3 --met "Card Person"':
    'rel event "金曜の異業種交流会" --kind mixer --cost 5000 --hours 3 --met "岡本 大輔"',
  'rel event "Aiko\'s book launch" --kind other --purpose support --for "Aiko Tanaka"':
    'rel event "愛子さんの出版記念会" --kind other --purpose support --for "田中 愛子"',
  'rel intro "Ken Sato" "Client Kimura" --date 2026-11-12': 'rel intro "佐藤 健" "木村 誠" --date 2026-11-12',
  'rel intro --by-me "Aiko Tanaka" "Yumi Ono"     # you introduced them: a give to both':
    'rel intro --by-me "田中 愛子" "小野 由美"     # 自分が紹介した：二人それぞれへのギブ',
  'rel target "Famous Author" --studied "read both her books" --give "a Japanese translation of her post"':
    'rel target "川上 未来" --studied "著書を2冊とも読んだ" --give "ブログ記事の英訳"',
  'rel target "Famous Author" --reason "learn how she went freelance"':
    'rel target "川上 未来" --reason "独立した経緯を聞きたい"',
  'rel list --tag client': 'rel list --tag 顧客',
  'rel search gardening': 'rel search 家庭菜園',
  'rel search "Example KK" --json': 'rel search "株式会社サンプル" --json',
  'rel show "Aiko Tanaka"': 'rel show "田中 愛子"',
  'rel show aiko --json': 'rel show 愛子 --json',
  'rel edit "Client Kimura" --tag client --every 2m': 'rel edit "木村 誠" --tag 顧客 --every 2m',
  'rel edit "Ken Sato" --name "Kenji Sato" --nick Ken': 'rel edit "佐藤 健" --name "佐藤 健二" --nick 健さん',
  'rel edit "Pushy Boss" --no-chemistry': 'rel edit "大島 剛" --no-chemistry',
  'rel edit aiko --needs "course launch 1 Dec"       # what they are working on':
    'rel edit 愛子 --needs "12月1日 講座開始"          # 相手がいま取り組んでいること',
  'rel edit misa --phone "090-1234-5678" --where Osaka --drop-email old@example.jp':
    'rel edit 美咲 --phone "090-1234-5678" --where 大阪 --drop-email old@example.jp',
  'rel date "Aiko Tanaka" "book launch" --on 2026-12-01': 'rel date "田中 愛子" "出版記念" --on 2026-12-01',
  'rel date "Ken Sato" "exam" --on "3 Dec"              # no year: the next 3 Dec':
    'rel date "佐藤 健" "試験" --on 12月3日                # 年がなければ次の12月3日',
  'rel date "Ken Sato" "wedding anniversary" --on 2019-05-12 --yearly':
    'rel date "佐藤 健" "結婚記念日" --on 2019-05-12 --yearly',
  'rel date "Ken Sato"                                   # his dates':
    'rel date "佐藤 健"                                    # この人の大切な日',
  'rel date rm "Ken Sato" "exam"': 'rel date rm "佐藤 健" "試験"',
  'rel rm "Card Person"': 'rel rm "岡本 大輔"',
  'rel rm "Card Person" --yes   # without asking': 'rel rm "岡本 大輔" --yes   # 確認なしで',
  'rel snooze "Ken Sato" --until 2026-12-15': 'rel snooze "佐藤 健" --until 2026-12-15',
  'rel snooze ken --until "in 3 weeks"': 'rel snooze 佐藤 --until 3週間後',
  'rel snooze ken --until none': 'rel snooze 佐藤 --until none',
  'rel merge "Ken Sato" "Kenji Sato"   # Kenji\'s history moves to Ken; Kenji becomes a nickname':
    'rel merge "佐藤 健" "佐藤 健二"   # 記録は佐藤 健へ。佐藤 健二は呼び名に',
};
