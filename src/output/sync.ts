/** Text for `rel sync` and `rel sync --status`. */
import type { TextCtx } from './text-ctx.js';
import type { SyncResult, SyncStatus } from '../commands/sync.js';

const when = (iso: string | null, t: TextCtx['t']): string =>
  iso === null ? t.sync.never() : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

export function syncText(r: SyncResult, { t }: TextCtx): string {
  const lines = [
    t.sync.synced({ folder: r.folder, sent: r.sent, received: r.received, devices: r.devices.length }),
  ];
  if (r.newDevice) lines.push(t.sync.newDevice({ device: r.device }));
  if (r.firstTime) lines.push(t.sync.firstTime());
  return lines.join('\n');
}

/** Skipped lines and records go to stderr, so a cron job mails them. */
export function syncWarnings(r: SyncResult, { t }: Pick<TextCtx, 't'>): string[] {
  return [
    ...r.problems.map((p) => t.sync.lineProblem(p)),
    ...r.applyProblems.map((p) => t.sync.applyProblem(p)),
  ];
}

export function syncStatusText(s: SyncStatus, { t }: TextCtx): string {
  if (s.folder === null || s.device === null) return t.sync.statusNone();
  const lines = [
    t.sync.statusHead({
      folder: s.folder,
      device: s.device,
      name: s.name,
      last: when(s.lastSync, t),
      waiting: s.waiting,
    }),
    t.sync.statusDevices(),
  ];
  if (s.devices.length === 0) lines.push(t.sync.statusNoDevices());
  for (const d of s.devices)
    lines.push(t.sync.statusDevice({ ...d, latest: when(d.latest, t), read: when(d.read, t) }));
  return lines.join('\n');
}
