import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { BIN } from '../helpers/cli.js';

/** Protocol modules rel must never load. (`net` and `dgram` come with tty and child_process, used for
 *  terminals and crontab: the hook below proves no socket is ever opened through them.) */
const PROTOCOLS = ['http', 'https', 'http2', 'tls', 'dns'];
const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

/**
 * Runs rel with stdout in a file (a pipe would itself load `net`), every way of opening a socket
 * made to record the attempt and fail, and returns the modules it loaded and the attempts made.
 */
function modulesLoaded(
  args: string[],
  env: Record<string, string>,
): { modules: string[]; sockets: string[] } {
  const dir = tempDir();
  const list = join(dir, 'modules');
  const tried = join(dir, 'sockets');
  const outFd = openSync(join(dir, 'out'), 'w');
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    [
      "import fs from 'node:fs'; import net from 'node:net'; import dgram from 'node:dgram';",
      `const log = (what) => { fs.appendFileSync(${JSON.stringify(tried)}, what + '\\n'); throw new Error('no network for rel'); };`,
      "net.Socket.prototype.connect = function () { return log('net.connect'); };",
      "net.Server.prototype.listen = function () { return log('net.listen'); };",
      "dgram.Socket.prototype.bind = function () { return log('dgram.bind'); };",
      "dgram.Socket.prototype.send = function () { return log('dgram.send'); };",
      `process.on('exit', () => fs.writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`,
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: dir, REL_NOW: '2026-11-22', ...env },
    stdio: ['ignore', outFd, outFd],
  });
  closeSync(outFd);
  expect(r.status, readFileSync(join(dir, 'out'), 'utf8')).toBe(0);
  const sockets = existsSync(tried) ? readFileSync(tried, 'utf8').trim().split('\n') : [];
  return { modules: readFileSync(list, 'utf8').split('\n'), sockets };
}

describe('privacy', () => {
  it('rel opens no socket and loads no network protocol, whatever it does', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db') };
    const answers = join(dir, 'a.json');
    writeFileSync(answers, JSON.stringify({ goal: 'x', field: 'it' }));
    for (const args of [
      ['add', 'Ken Sato', '--every', '1m', '--date', '2026-01-01'],
      ['give', 'Ken', 'coffee'],
      ['onboard', '--answers', answers],
      ['review'],
      ['remind'],
      ['import', fixture('apple-contacts.vcf')],
      ['export', '--format', 'vcard', '--out', join(dir, 'x.vcf')],
      ['demo'],
      ['report', '--html', '--out', join(dir, 'r.html')],
      ['graph', '--format', 'json'],
      ['sync', join(dir, 'sync-folder')],
      ['sync', '--status'],
    ]) {
      const { modules, sockets } = modulesLoaded(args, env);
      expect(modules.length, args.join(' ')).toBeGreaterThan(10);
      expect(
        modules.filter((m) => PROTOCOLS.some((p) => m === `NativeModule ${p}`)),
        args.join(' '),
      ).toEqual([]);
      expect(sockets, args.join(' ')).toEqual([]);
    }
  });

  it('the db, its sidecars and backups are readable by the owner only, in a private folder', () => {
    const dir = tempDir();
    const db = join(dir, 'data', 'rel', 'rel.db');
    spawnSync(process.execPath, [BIN, '--db', db, 'add', 'Ken'], {
      env: { ...process.env, REL_NOW: '2026-11-22' },
    });
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'data', 'rel')).mode & 0o777).toBe(0o700);
    for (const side of ['-wal', '-shm']) {
      try {
        expect(statSync(db + side).mode & 0o077).toBe(0);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
  });
});
