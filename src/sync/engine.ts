/**
 * One sync: read the folder, then in one transaction capture this device's changes, merge every
 * other device's, and make the user's rows match; then write this device's file. Killed at any
 * point, the db is either before or after the transaction, and the file is either the old or the
 * new one; the next run finishes the job (applying is idempotent).
 */
import type { Db } from '../db/open.js';
import { sql as syncSchema } from '../db/migrations/0008-sync.js';
import { writeTx } from '../db/tx.js';
import { DataError } from '../errors.js';
import { observe } from './clock.js';
import { Capture } from './capture.js';
import { newKdf, openKdf, seal, type KdfParams } from './crypto.js';
import { listFiles, readSyncFile, writeSyncFile, type LineProblem, type ReadFile } from './folder.js';
import { FORMAT, toWire, type Header } from './format.js';
import { materialize, type Problem } from './materialize.js';
import { installTriggers, clearDirty } from './triggers.js';
import { emptyShadow, mergeChange, saveShadow, type Change } from './shadow.js';
import { getState, newDeviceId, setState } from './state.js';
import { World } from './world.js';
import { prep } from '../db/stmt.js';

export interface SyncInput {
  folder: string;
  passphrase?: string;
  deviceName?: string;
  now: string;
}

export interface SyncReport {
  device: string;
  sent: number;
  received: number;
  devices: string[];
  problems: LineProblem[];
  applyProblems: Problem[];
  newDevice: boolean;
}

interface OutRow {
  seq: number;
  line: string;
  enc: string | null;
}

/**
 * A db that reached a later schema before this migration existed (numbers merged out of order)
 * skipped it: create the sync tables now rather than fail.
 */
export function ensureSyncSchema(db: Db): void {
  writeTx(db, () => {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sync_state'").get()) db.exec(syncSchema);
  });
}

export function runSync(db: Db, input: SyncInput): SyncReport {
  ensureSyncSchema(db);
  const problems: LineProblem[] = [];
  const seen = new Map(
    (
      db.prepare('SELECT file, lines, hash FROM sync_files').all() as {
        file: string;
        lines: number;
        hash: string;
      }[]
    ).map((r) => [r.file, r]),
  );
  let me = getState(db, 'device') ?? newDeviceId();
  const ownName = (d: string) => `${d}.jsonl`;
  const files: ReadFile[] = [];
  for (const file of listFiles(input.folder)) {
    const own = file === ownName(me);
    const r = readSyncFile(input.folder, file, input.passphrase, own ? undefined : seen.get(file), problems);
    if (r) files.push(r);
  }
  if (getState(db, 'enc') && input.passphrase === undefined)
    throw new DataError('syncNeedsKey', { file: ownName(me) });

  let header!: Header;
  let lines!: string[];
  const report = writeTx(db, () => {
    installTriggers(db);
    const own = files.find((f) => f.file === ownName(me) && f.header.device === me);
    const outbox = db.prepare('SELECT seq, line, enc FROM sync_outbox ORDER BY seq').all() as OutRow[];
    // Our file is ours only if it is what we wrote: a db copied elsewhere, or a fork, becomes a new device.
    let common = 0;
    const ownRaw = own?.raw ?? [];
    while (common < Math.min(ownRaw.length, outbox.length) && ownRaw[common] === outbox[common]!.enc)
      common++;
    const forked = common < Math.min(ownRaw.length, outbox.length);
    let newDevice = false;
    if (forked) {
      me = newDeviceId();
      newDevice = true;
      prep(db, 'DELETE FROM sync_outbox WHERE seq <= ?').run(common);
      prep(db, 'UPDATE sync_outbox SET seq = seq - ?, enc = NULL').run(common);
    } else if (ownRaw.length > outbox.length) {
      // A restored backup: what this device had written since is in its file; take it back.
      const byLine = new Map(own!.changes.map((c) => [c.line, c.change]));
      for (let i = outbox.length; i < ownRaw.length; i++) {
        const c = byLine.get(i + 2);
        if (c)
          prep(db, 'INSERT INTO sync_outbox (seq, line, enc) VALUES (?, ?, ?)').run(
            i + 1,
            JSON.stringify(toWire(c)),
            ownRaw[i]!,
          );
      }
    }

    const remote: Change[] = files.flatMap((f) => f.changes.map((c) => c.change));
    const w = new World(db);
    const capture = new Capture(db, w, me);
    capture.assignUids(remote);
    capture.diff();
    let received = 0;
    let maxH = 0;
    for (const c of remote) {
      const tableShadows = w.shadows.get(c.t)!;
      let sh = tableShadows.get(c.id);
      if (!sh) tableShadows.set(c.id, (sh = emptyShadow(c.t, c.id)));
      if (mergeChange(sh, c)) received++;
      maxH = Math.max(maxH, Number(c.s.slice(0, 16)));
    }
    observe(db, maxH);
    const applyProblems = materialize(db, w);
    // A row id can pass from one record to another in one sync (a row deleted, its id reused by the
    // next insert): release the changed records' ids first, so no save meets the one it replaces.
    const changed = [...w.shadows.values()].flatMap((shadows) =>
      [...shadows.values()].filter((sh) => sh.changed),
    );
    const release = prep(db, 'UPDATE sync_rows SET rid = NULL WHERE tbl = ? AND uid = ? AND rid IS NOT NULL');
    for (const sh of changed) release.run(sh.tbl, sh.uid);
    for (const sh of changed) saveShadow(db, sh);
    clearDirty(db);
    prep(db, 'DELETE FROM sync_merges').run();

    const key = fileKey(db, input.passphrase);
    const sealLine = (line: string) => (key ? seal(key.key, line) : line);
    if (key?.fresh || (!key && getState(db, 'enc'))) prep(db, 'UPDATE sync_outbox SET enc = NULL').run();
    if (!key) prep(db, "DELETE FROM sync_state WHERE key = 'enc'").run();
    const add = prep(db, 'INSERT INTO sync_outbox (line, enc) VALUES (?, ?)');
    for (const c of capture.changes) {
      const line = JSON.stringify(toWire(c));
      add.run(line, sealLine(line));
    }
    for (const r of db.prepare('SELECT seq, line FROM sync_outbox WHERE enc IS NULL').all() as OutRow[])
      prep(db, 'UPDATE sync_outbox SET enc = ? WHERE seq = ?').run(sealLine(r.line), r.seq);
    lines = db.prepare('SELECT enc FROM sync_outbox ORDER BY seq').pluck().all() as string[];
    header = {
      rel: 'sync',
      format: FORMAT,
      device: me,
      ...(input.deviceName ? { name: input.deviceName } : {}),
    };
    if (key) header.enc = key.params;

    for (const f of files) {
      const lastH = f.changes.reduce((m, c) => Math.max(m, Number(c.change.s.slice(0, 16))), 0);
      prep(
        db,
        `INSERT INTO sync_files (file, device, name, lines, hash, last_h, changes, read_at)
         VALUES (@file, @device, @name, @lines, @hash, @lastH, @lines, @now)
         ON CONFLICT (file) DO UPDATE SET device = excluded.device, name = excluded.name, lines = excluded.lines,
           hash = excluded.hash, last_h = max(last_h, excluded.last_h), changes = excluded.changes, read_at = excluded.read_at`,
      ).run({
        file: f.file,
        device: f.header.device,
        name: f.header.name ?? null,
        lines: f.raw.length,
        hash: f.hash,
        lastH,
        now: input.now,
      });
    }
    const gone = new Set(files.map((f) => f.file));
    for (const f of seen.keys()) if (!gone.has(f)) prep(db, 'DELETE FROM sync_files WHERE file = ?').run(f);
    setState(db, 'device', me);
    setState(db, 'folder', input.folder);
    setState(db, 'lastSync', input.now);
    const devices = [...new Set(files.map((f) => f.header.device).filter((d) => d !== me))];
    return {
      device: me,
      sent: capture.changes.length,
      received,
      devices,
      problems,
      applyProblems,
      newDevice,
    };
  });
  writeSyncFile(input.folder, ownName(me), header, lines);
  return report;
}

/** This device's file key: the stored one when the passphrase still opens it, else a new one. */
function fileKey(
  db: Db,
  passphrase: string | undefined,
): { key: Buffer; params: KdfParams; fresh: boolean } | undefined {
  if (passphrase === undefined) return undefined;
  const stored = getState(db, 'enc');
  if (stored) {
    const params = JSON.parse(stored) as KdfParams;
    const key = openKdf(passphrase, params);
    if (key) return { key, params, fresh: false };
  }
  const { params, key } = newKdf(passphrase);
  setState(db, 'enc', JSON.stringify(params));
  return { key, params, fresh: true };
}
