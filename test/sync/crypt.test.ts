import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devices, names, type Device } from './devices.js';

describe('encrypted sync files and status', () => {
  it('with a passphrase the folder holds nothing readable, and only the passphrase opens it', async () => {
    const { all, folder, dir } = devices(2);
    const [a, b] = all as [Device, Device];
    const key = join(dir, 'key.txt');
    writeFileSync(key, 'correct horse battery staple\n', { mode: 0o600 });
    await a.ok('add', 'Aiko Tanaka', '--note', 'launching a course in December');
    await a.sync('--passphrase-file', key);
    const text = readdirSync(folder)
      .map((f) => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/Aiko|course|Tanaka/);
    expect(text).toContain('"kdf":"scrypt"');

    const none = await b.rel('sync', folder);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/is encrypted: pass the passphrase with --passphrase-file/);
    const right = await b.rel('sync', folder, '--passphrase-file', key);
    expect(right.code, right.err).toBe(0);
    writeFileSync(key, 'another passphrase\n');
    const bad = await b.rel('sync', folder, '--passphrase-file', key);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/encrypted with another passphrase/);
    expect(await names(b)).toEqual(['Aiko Tanaka']);
  });

  it('REL_SYNC_KEY works the same; a damaged sealed line is reported and skipped', async () => {
    const { all, folder } = devices(2, { REL_SYNC_KEY: 'k3y for tests' });
    const [a, b] = all as [Device, Device];
    await a.ok('add', 'Ken Sato');
    await a.ok('add', 'Yumi Ono');
    await a.sync();
    const file = readdirSync(folder)[0]!;
    const lines = readFileSync(join(folder, file), 'utf8').trimEnd().split('\n');
    lines[1] = `${lines[1]!.slice(0, 10)}AAAA${lines[1]!.slice(14)}`;
    writeFileSync(join(folder, file), `${lines.join('\n')}\n`);
    const r = await b.rel('sync', folder);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`${file}, line 2: cannot be decrypted`);
    expect((await names(b)).length).toBe(1);
  });

  it('rel sync --status names the folder, this device and the others seen', async () => {
    const { all, folder } = devices(2);
    const [a, b] = all as [Device, Device];
    expect(await a.ok('sync', '--status')).toContain('Not synced yet');
    expect((await a.rel('sync')).err).toContain('needs a folder the first time');
    await a.ok('add', 'Ken Sato');
    expect(await a.sync()).toMatch(/sent 1 change, took in 0 changes[\s\S]*remembered/);
    await b.sync();
    await a.ok('sync');
    await a.ok('give', 'Ken', 'a book');
    const status = await a.ok('sync', '--status');
    expect(status).toContain(`folder        ${folder}`);
    expect(status).toMatch(/waiting\s+1 local change/);
    expect(status).toMatch(/devices seen\n {2}[0-9a-f]{16} .*: 0 changes/);
    const json = await a.json<{ devices: { device: string }[]; folder: string }>('sync', '--status');
    expect(json.folder).toBe(folder);
    expect(json.devices).toHaveLength(1);
    const ja = await a.ok('sync', '--status', '--lang', 'ja');
    expect(ja).toContain('見つかった端末');
  });
});
