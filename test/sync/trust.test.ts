import Database from 'better-sqlite3';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAggregates } from '../../src/db/repos/aggregates.js';
import { allEvents } from '../../src/db/repos/events.js';
import { allLedger, allTouches } from '../../src/db/repos/ledger.js';
import { aggregate } from '../../src/domain/aggregate.js';
import { device, devices, names, portableExport, type Device } from './devices.js';

const withoutBookkeeping = (db: string) => {
  const conn = new Database(db, { readonly: true });
  const tables = conn
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sync_state', 'sync_files') ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const out = Object.fromEntries(tables.map((t) => [t, conn.prepare(`SELECT * FROM "${t}"`).all()]));
  conn.close();
  return out;
};

async function seeded(n: number) {
  const env = devices(n);
  const [a] = env.all as [Device];
  await a.ok('add', 'Card Person', '--tag', 'mixer', '--nick', 'CP');
  await a.ok('give', 'Card Person', 'a business card');
  await a.ok('add', 'Aiko Tanaka', '--origin', 'study-group');
  await a.ok('touch', 'Aiko', 'coffee');
  for (const d of env.all) await d.sync();
  return env;
}

describe('sync is safe to repeat and to interrupt', () => {
  it('syncing twice, or reading the same files again, changes nothing', async () => {
    const { all } = await seeded(2);
    const [a, b] = all as [Device, Device];
    await b.ok('give', 'Aiko', 'shared a course');
    await b.sync();
    await a.sync();
    const before = withoutBookkeeping(a.db);
    const again = await a.json<{ sent: number; received: number }>('sync');
    expect(again).toMatchObject({ sent: 0, received: 0 });
    expect(withoutBookkeeping(a.db)).toEqual(before);
    // Forget what was read: everything is read again, and still nothing changes.
    const conn = new Database(a.db);
    conn.prepare('DELETE FROM sync_files').run();
    conn.close();
    expect(await a.json<{ received: number }>('sync')).toMatchObject({ received: 0 });
    expect(withoutBookkeeping(a.db)).toEqual(before);
  });

  it('person_stats stays what a full recount gives after remote changes, removals and merges', async () => {
    const { all } = await seeded(2);
    const [a, b] = all as [Device, Device];
    await a.ok('add', 'Ken Sato');
    await a.ok('take', 'Ken', 'advice', '--kind', 'advice', '--date', '2026-10-01');
    await b.ok('give', 'Aiko', 'intro to a client', '--kind', 'intro', '--date', '2026-11-01');
    await b.ok('rm', 'Card Person', '--yes');
    await a.sync();
    await b.sync();
    await a.ok('merge', 'Aiko Tanaka', 'Ken Sato', '--yes');
    await a.sync();
    await b.sync();
    const conn = new Database(b.db);
    const ts = aggregate(allLedger(conn), allTouches(conn), allEvents(conn));
    expect(Object.fromEntries(loadAggregates(conn))).toEqual(Object.fromEntries(ts));
    expect(loadAggregates(conn).size).toBe(1);
    conn.close();
  });
});

describe('restoring an old backup does not bring removed people back', () => {
  it('a db file restored from before a removal, then synced', async () => {
    const { all } = await seeded(2);
    const [a, b] = all as [Device, Device];
    const backup = `${a.db}.bak`;
    copyFileSync(a.db, backup);
    await a.ok('rm', 'Card Person', '--yes');
    await a.ok('give', 'Aiko', 'after the backup');
    await a.sync();
    await b.sync();
    for (const f of ['-wal', '-shm']) rmSync(`${a.db}${f}`, { force: true });
    copyFileSync(backup, a.db);
    expect(await names(a)).toEqual(['Aiko Tanaka', 'Card Person']);
    await a.sync();
    await b.sync();
    for (const d of [a, b]) expect(await names(d)).toEqual(['Aiko Tanaka']);
    expect(await portableExport(a)).toEqual(await portableExport(b));
    expect(((await portableExport(a)) as { ledger: string[] }).ledger.join()).toContain('after the backup');
  });

  it('a JSON export from before a removal, imported on a new device, then synced', async () => {
    const { all, dir, folder } = await seeded(2);
    const [a, b] = all as [Device, Device];
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, await a.ok('export', '--format', 'json'));
    await a.ok('rm', 'Card Person', '--yes');
    await a.sync();
    const c = device(join(dir, 'new-laptop', 'rel.db'), folder, {}, 'c');
    await c.ok('import', backup);
    await c.sync();
    await a.sync();
    await b.sync();
    for (const d of [a, b, c]) expect(await names(d)).toEqual(['Aiko Tanaka']);
    expect(await portableExport(c)).toEqual(await portableExport(a));
    expect(await portableExport(b)).toEqual(await portableExport(a));
  });
});

describe('damaged and foreign files', () => {
  it('a corrupt line and a truncated last line are named by file and line and skipped; the rest applies', async () => {
    const { all, folder } = await seeded(2);
    const [a, b] = all as [Device, Device];
    await a.ok('add', 'Ken Sato');
    await a.ok('add', 'Yumi Ono');
    await a.sync();
    const file = readdirSync(folder).find((f) => readFileSync(join(folder, f), 'utf8').includes('Ken Sato'))!;
    const lines = readFileSync(join(folder, file), 'utf8').trimEnd().split('\n');
    const ken = lines.findIndex((l) => l.includes('Ken Sato'));
    lines[ken] = lines[ken]!.slice(0, 25);
    writeFileSync(join(folder, file), `${lines.join('\n')}\n{"h":1763900000000000,"t":"peo`);
    const r = await b.rel('sync');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`${file}, line ${ken + 1}: not valid JSON`);
    expect(r.err).toContain(`${file}, line ${lines.length + 1}: cut off mid-line`);
    expect(await names(b)).toEqual(['Aiko Tanaka', 'Card Person', 'Yumi Ono']);
    // The writer rewrites its whole file next time: the damage heals.
    await a.ok('touch', 'Ken', 'call');
    await a.sync();
    await b.sync();
    expect(await names(b)).toEqual(['Aiko Tanaka', 'Card Person', 'Ken Sato', 'Yumi Ono']);
  });

  it('a file from a newer rel is refused with a clear message and nothing changes', async () => {
    const { all, folder } = await seeded(2);
    const [, b] = all as [Device, Device];
    writeFileSync(
      join(folder, 'ffffffffffffffff.jsonl'),
      `${JSON.stringify({ rel: 'sync', format: 2, device: 'ffffffffffffffff' })}\n{"whatever":1}\n`,
    );
    await b.ok('add', 'Local Only');
    const before = withoutBookkeeping(b.db);
    const r = await b.rel('sync');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /ffffffffffffffff\.jsonl was written by a newer rel \(sync format 2; this rel reads up to 1\)/,
    );
    expect(withoutBookkeeping(b.db)).toEqual(before);
  });

  it('conflict copies left by Syncthing or Dropbox are read too', async () => {
    const { all, folder } = await seeded(2);
    const [a, b] = all as [Device, Device];
    const own = readdirSync(folder).find((f) =>
      readFileSync(join(folder, f), 'utf8').includes('Card Person'),
    )!;
    const copy = own.replace('.jsonl', '.sync-conflict-20261122-101010-ABCDEFG.jsonl');
    await a.ok('add', 'Only In Copy');
    await a.sync();
    copyFileSync(join(folder, own), join(folder, copy));
    // The main file goes back to an older version (the conflict kept the newer one aside).
    const lines = readFileSync(join(folder, own), 'utf8').trimEnd().split('\n');
    writeFileSync(join(folder, own), `${lines.filter((l) => !l.includes('Only In Copy')).join('\n')}\n`);
    await b.sync();
    expect(await names(b)).toContain('Only In Copy');
    appendFileSync(join(folder, 'notes.txt'), 'not a sync file');
    expect((await b.rel('sync')).code).toBe(0);
  });

  it('refuses a database kept inside the sync folder', async () => {
    const { folder } = devices(1);
    const inside = device(join(folder, 'rel.db'), folder);
    await inside.ok('add', 'Someone');
    const r = await inside.rel('sync', folder);
    expect(r.code).toBe(1);
    expect(r.err).toContain('inside the sync folder');
  });
});

describe('a database copied to a second machine', () => {
  it('shares a device id until their files disagree, then forks without losing a change', async () => {
    const { all, folder, dir } = await seeded(1);
    const [a] = all as [Device];
    const b = device(join(dir, 'copy', 'rel.db'), folder, {}, 'b');
    mkdirSync(dirname(b.db));
    copyFileSync(a.db, b.db);
    await a.ok('add', 'Xavier');
    await a.sync();
    await b.ok('add', 'Yoko');
    await b.sync();
    await a.sync();
    expect(await names(a)).toEqual(['Aiko Tanaka', 'Card Person', 'Xavier', 'Yoko']);
    // Both write the same file at once: the sync tool keeps b's version, a's line is gone from it.
    const file = readdirSync(folder)[0]!;
    const before = readFileSync(join(folder, file));
    await a.ok('add', 'Peter');
    await a.sync();
    writeFileSync(join(folder, file), before);
    await b.ok('add', 'Quinn');
    await b.sync();
    const fork = await a.json<{ newDevice: boolean }>('sync');
    expect(fork.newDevice).toBe(true);
    await b.sync();
    await a.sync();
    const everyone = ['Aiko Tanaka', 'Card Person', 'Peter', 'Quinn', 'Xavier', 'Yoko'];
    expect(await names(a)).toEqual(everyone);
    expect(await names(b)).toEqual(everyone);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});

describe('a db whose schema passed 0008 without it (migrations merged out of order)', () => {
  it('still merges, and rel sync creates its tables', async () => {
    const { all } = devices(1);
    const [a] = all as [Device];
    await a.ok('add', 'Ken Sato');
    await a.ok('add', 'Kenji Sato');
    const conn = new Database(a.db);
    for (const t of [
      'sync_rows',
      'sync_dirty',
      'sync_clock',
      'sync_merges',
      'sync_outbox',
      'sync_files',
      'sync_state',
    ])
      conn.exec(`DROP TABLE ${t}`);
    conn.close();
    await a.ok('merge', 'Ken Sato', 'Kenji Sato', '--yes');
    expect(await a.ok('sync', '--status')).toContain('Not synced yet');
    await a.sync();
    expect(await names(a)).toEqual(['Ken Sato']);
  });
});
