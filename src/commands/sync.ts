/** `rel sync [folder]`: this device's changes out to a synced folder, the other devices' in. */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { DataError, UsageError } from '../errors.js';
import { ensureSyncSchema, runSync, type SyncReport } from '../sync/engine.js';
import { getState } from '../sync/state.js';
import { stampTime } from '../sync/clock.js';
import type { Deps } from './support/deps.js';
import { readText } from './support/parse.js';

export interface SyncOptions {
  folder?: string;
  passphraseFile?: string;
  /** REL_SYNC_KEY, read by the CLI layer. */
  key?: string;
  /** This computer's name, shown to the other devices (read by the CLI layer). */
  deviceName?: string;
}

export interface SyncResult extends SyncReport {
  folder: string;
  firstTime: boolean;
  /** Like every write command's --json: sync itself triggers no coaching findings. */
  findings: [];
}

export interface DeviceSeen {
  device: string;
  name: string | null;
  files: number;
  changes: number;
  latest: string | null;
  read: string;
}

export interface SyncStatus {
  folder: string | null;
  device: string | null;
  name: string | null;
  lastSync: string | null;
  waiting: number;
  devices: DeviceSeen[];
}

function passphrase(opts: SyncOptions, deps: Deps): string | undefined {
  if (opts.passphraseFile !== undefined) {
    const path = resolve(deps.cwd, opts.passphraseFile);
    const text = readText(path).split(/\r?\n/)[0] ?? '';
    if (text === '') throw new UsageError('syncEmptyKey', { path });
    return text;
  }
  return opts.key === undefined || opts.key === '' ? undefined : opts.key;
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

function prepareFolder(folder: string, dbPath: string): void {
  if (!existsSync(folder)) {
    if (!existsSync(dirname(folder))) throw new DataError('syncFolderMissing', { path: folder });
    mkdirSync(folder, { mode: 0o700 });
  }
  const rel = relative(real(folder), real(dirname(dbPath)));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    throw new DataError('syncDbInFolder', { path: dbPath, folder });
}

export async function sync(opts: SyncOptions, deps: Deps): Promise<SyncResult> {
  const { db } = deps;
  ensureSyncSchema(db);
  const remembered = getState(db, 'folder');
  if (opts.folder === undefined && remembered === undefined) throw new UsageError('syncNoFolder', undefined);
  const folder = opts.folder === undefined ? remembered! : resolve(deps.cwd, opts.folder);
  prepareFolder(folder, deps.dbPath);
  const report = runSync(db, {
    folder,
    ...(passphrase(opts, deps) !== undefined ? { passphrase: passphrase(opts, deps)! } : {}),
    ...(opts.deviceName ? { deviceName: opts.deviceName } : {}),
    now: deps.now.toISOString(),
  });
  return { ...report, folder, firstTime: remembered !== folder, findings: [] };
}

export async function syncStatus(_opts: SyncOptions, deps: Deps): Promise<SyncStatus> {
  const { db } = deps;
  const hasSync = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sync_state'").get() !== undefined;
  if (!hasSync) return { folder: null, device: null, name: null, lastSync: null, waiting: 0, devices: [] };
  const me = getState(db, 'device') ?? null;
  const rows = db
    .prepare(
      `SELECT device, max(name) AS name, count(*) AS files, max(changes) AS changes, max(last_h) AS last_h, max(read_at) AS read
       FROM sync_files WHERE device IS NOT ? GROUP BY device ORDER BY device`,
    )
    .all(me) as {
    device: string;
    name: string | null;
    files: number;
    changes: number;
    last_h: number;
    read: string;
  }[];
  const own = db.prepare('SELECT name FROM sync_files WHERE device = ?').pluck().get(me) as
    string | undefined;
  return {
    folder: getState(db, 'folder') ?? null,
    device: me,
    name: own ?? null,
    lastSync: getState(db, 'lastSync') ?? null,
    waiting: db.prepare('SELECT count(*) FROM sync_dirty').pluck().get() as number,
    devices: rows.map((r) => ({
      device: r.device,
      name: r.name,
      files: r.files,
      changes: r.changes,
      latest: r.last_h > 0 ? new Date(stampTime(String(r.last_h).padStart(16, '0'))).toISOString() : null,
      read: r.read,
    })),
  };
}
