/**
 * Real read-only and full disks: a tmpfs mounted in a private mount namespace (unshare -m), so the
 * machine's own mounts are never touched. Skipped where namespaces cannot be made.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

const mnt = mkdtempSync(join(tmpdir(), 'rel-media-'));
afterAll(() => rmSync(mnt, { recursive: true, force: true }));
const canMount =
  spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${mnt}'`]).status === 0;

/** Runs a shell script in its own mount namespace with a small tmpfs at $M; REL points at the CLI. */
function inNamespace(script: string) {
  const r = spawnSync(
    'unshare',
    ['-m', 'sh', '-c', `set -e; mount -t tmpfs -o size=4m tmpfs "$M"; ${script}`],
    {
      env: {
        PATH: process.env.PATH ?? '',
        LANG: 'C',
        REL_LANG: 'en',
        REL_NOW: '2026-11-22',
        HOME: mnt,
        M: mnt,
        REL_DB: join(mnt, 'rel.db'),
        REL: `${process.execPath} ${BIN}`,
      },
      encoding: 'utf8',
      timeout: 60000,
    },
  );
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe.skipIf(!canMount)('media', () => {
  it('reads work on read-only media; a write says read-only, not corrupt', () => {
    const r = inNamespace(`
      $REL add "Aiko Tanaka" >/dev/null
      mount -o remount,ro "$M"
      $REL list; echo "list=$?"
      $REL show "Aiko Tanaka" --json >/dev/null; echo "show=$?"
      $REL add "Ken Sato" || echo "add=$?"
    `);
    expect(r.out).toContain('Aiko Tanaka');
    expect(r.out).toContain('list=0');
    expect(r.out).toContain('show=0');
    expect(r.out).toContain('add=1');
    expect(r.err).toMatch(/rel\.db is read-only, so nothing was recorded/);
    expect(r.err).not.toMatch(/not a readable rel database/);
  });

  it('a full disk says "disk full", changes nothing, and reads still work', () => {
    const r = inNamespace(`
      $REL add "Aiko Tanaka" >/dev/null
      $REL export --format json --out "$M/backup.json" >/dev/null
      dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null || true
      $REL add "Ken Sato" || echo "add=$?"
      $REL export --format json --out "$M/backup.json" --force || echo "export=$?"
      $REL list; echo "list=$?"
      rm "$M/fill"
      $REL list --json | grep -c '"name"' || true
      head -c 20 "$M/backup.json"
    `);
    expect(r.out).toContain('add=1');
    expect(r.out).toContain('export=1');
    expect(r.out).toContain('list=0');
    expect(r.err).toMatch(/the disk holding .*rel\.db is full, so nothing was written/);
    expect(r.err).toMatch(/cannot write .*backup\.json \(disk full, ENOSPC\); nothing was written/);
    expect(r.out).not.toContain('Ken Sato');
    expect(r.out).toContain('{\n "rel": "backup"');
  });
});
