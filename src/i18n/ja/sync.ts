/** rel sync の文言。 */
import type { sync as en } from '../en/sync.js';

export const sync: typeof en = {
  synced: (p) => {
    const sent = p.sent > 0 ? `${p.sent}件の変更を送り` : '送る変更はなく';
    if (p.devices === 0)
      return `${p.folder} と同期しました。${p.sent > 0 ? `${p.sent}件の変更を送りました` : '送る変更はありませんでした'}（ほかの端末はまだありません）。`;
    const from = `ほかの端末（${p.devices}台）`;
    return `${p.folder} と同期しました。${sent}、${
      p.received > 0
        ? `${from}から${p.received}件の変更を取り込みました`
        : `${from}からの新しい変更${p.sent > 0 ? 'は' : 'も'}ありませんでした`
    }。`;
  },
  firstTime: () => 'このフォルダーを覚えました。次からは rel sync だけで同期できます。',
  newDevice: (p) =>
    `このデータベースはコピー（または復元したもの）なので、別の端末として同期します：${p.device}`,
  lineProblem: (p) => `▲ ${p.file} の${p.line}行目：${p.problem}。この行は飛ばし、残りは取り込みました。`,
  applyProblem: (p) =>
    `▲ ${p.table} の記録（${p.uid}）はこの端末に反映できませんでした（${p.detail}）。ほかは反映しました。`,
  statusNone: () =>
    'まだ同期していません。始めるには：rel sync ~/Sync/rel（Syncthing、Dropbox、git などで同期しているフォルダー）',
  statusHead: (p) =>
    [
      `フォルダー      ${p.folder}`,
      `この端末        ${p.device}${p.name ? `（${p.name}）` : ''}`,
      `最後の同期      ${p.last}`,
      `未送信の変更    ${p.waiting}件`,
    ].join('\n'),
  statusDevices: () => '見つかった端末',
  statusNoDevices: () =>
    '  まだありません。もう一台の端末でも同じフォルダーを指定して rel sync を実行してください。',
  statusDevice: (p) =>
    `  ${p.device}${p.name ? ` ${p.name}` : ''}：変更 ${p.changes}件、最新 ${p.latest}、読み込み ${p.read}${p.files > 1 ? `（競合コピーを含む${p.files}ファイル）` : ''}`,
  never: () => 'なし',
};
