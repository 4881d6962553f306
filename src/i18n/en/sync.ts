/** Words for `rel sync`. */
const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;

export const sync = {
  synced: (p: { folder: string; sent: number; received: number; devices: number }) =>
    `synced with ${p.folder}: sent ${n(p.sent, 'change', 'changes')}, took in ${n(p.received, 'change', 'changes')} from ${n(p.devices, 'other device', 'other devices')}`,
  firstTime: () => 'This folder is remembered: next time, plain `rel sync` does it.',
  newDevice: (p: { device: string }) =>
    `This database is a copy (or was restored), so it now syncs as a device of its own: ${p.device}.`,
  lineProblem: (p: { file: string; line: number; problem: string }) =>
    `▲ ${p.file}, line ${p.line}: ${p.problem}; skipped, the rest was applied.`,
  applyProblem: (p: { table: string; uid: string; detail: string }) =>
    `▲ a ${p.table} record (${p.uid}) could not be applied here (${p.detail}); the rest was.`,
  statusNone: () =>
    'Not synced yet. Start with: rel sync ~/Sync/rel (any folder Syncthing, Dropbox or git keeps in sync).',
  statusHead: (p: { folder: string; device: string; name: string | null; last: string; waiting: number }) =>
    [
      `folder        ${p.folder}`,
      `this device   ${p.device}${p.name ? ` (${p.name})` : ''}`,
      `last sync     ${p.last}`,
      `waiting       ${n(p.waiting, 'local change', 'local changes')} to send`,
    ].join('\n'),
  statusDevices: () => 'devices seen',
  statusNoDevices: () => '  none yet: run rel sync on your other device, with the same folder',
  statusDevice: (p: {
    device: string;
    name: string | null;
    changes: number;
    latest: string;
    read: string;
    files: number;
  }) =>
    `  ${p.device}${p.name ? ` ${p.name}` : ''}: ${n(p.changes, 'change', 'changes')}, latest ${p.latest}, read ${p.read}${p.files > 1 ? ` (${p.files} files, conflict copies included)` : ''}`,
  never: () => 'never',
};
