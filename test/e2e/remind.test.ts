import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

/** A stand-in for crontab(1) on PATH: it keeps the table in a file, never touching the real one. */
function fakeCrontab(): { env: Record<string, string>; file: string } {
  const dir = tempDir();
  const file = join(dir, 'table');
  const bin = join(dir, 'crontab');
  writeFileSync(
    bin,
    `#!/bin/sh
case "$1" in
  -l) if [ -f "$FAKE_CRONTAB" ]; then cat "$FAKE_CRONTAB"; else echo "no crontab for tester" >&2; exit 1; fi ;;
  -) cat > "$FAKE_CRONTAB" ;;
  *) echo "fake crontab: unexpected $*" >&2; exit 2 ;;
esac
`,
  );
  chmodSync(bin, 0o755);
  return { env: { PATH: `${dir}:${process.env.PATH}`, FAKE_CRONTAB: file }, file };
}

describe('reminders through the binary', () => {
  it('remind prints nothing and exits 0 when nothing is due, and lists a due person otherwise', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db') };
    rel(['add', 'Ken Sato', '--date', '2026-11-01', '--every', '1m'], env);
    const quiet = rel(['remind'], env);
    expect([quiet.code, quiet.out, quiet.err]).toEqual([0, '', '']);
    const due = rel(['remind'], { ...env, REL_NOW: '2026-12-05' });
    expect(due.code).toBe(0);
    expect(due.out).toContain('Time to reconnect with Ken Sato');
    expect(due.out).not.toMatch(/\u001b\[/);
    const json = JSON.parse(rel(['remind', '--json'], { ...env, REL_NOW: '2026-12-05' }).out) as {
      due: { name: string }[];
    };
    expect(json.due.map((d) => d.name)).toEqual(['Ken Sato']);
  });

  it('--notify uses the desktop notifier when there is one, and falls back to plain output', () => {
    const bin = tempDir();
    const env = { REL_DB: join(tempDir(), 'rel.db'), PATH: bin };
    rel(['add', 'Ken Sato', '--date', '2026-01-01', '--every', '1m'], env);
    expect(rel(['remind', '--notify'], env).out).toContain('Ken Sato');
    const log = join(bin, 'sent');
    writeFileSync(join(bin, 'notify-send'), `#!/bin/sh\nprintf '%s|%s\\n' "$1" "$2" >> '${log}'\n`);
    chmodSync(join(bin, 'notify-send'), 0o755);
    const r = rel(['remind', '--notify'], { ...env, PATH: `${bin}:/usr/bin:/bin` });
    expect(r.out).toBe('');
    expect(readFileSync(log, 'utf8')).toContain('rel: keep in touch|Time to reconnect with Ken Sato');
  });

  it('--notify --json sends the notifications too, and the JSON says they were sent', () => {
    const bin = tempDir();
    const log = join(bin, 'sent');
    writeFileSync(join(bin, 'notify-send'), `#!/bin/sh\nprintf '%s|%s\\n' "$1" "$2" >> '${log}'\n`);
    chmodSync(join(bin, 'notify-send'), 0o755);
    const env = { REL_DB: join(tempDir(), 'rel.db'), PATH: `${bin}:/usr/bin:/bin` };
    rel(['add', 'Ken Sato', '--date', '2026-01-01', '--every', '1m'], env);
    const r = rel(['remind', '--notify', '--json'], env);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as { due: { name: string }[]; notified: boolean };
    expect(json.due.map((d) => d.name)).toEqual(['Ken Sato']);
    expect(json.notified).toBe(true);
    expect(readFileSync(log, 'utf8')).toContain('rel: keep in touch|Time to reconnect with Ken Sato');
  });

  it('--notify --json with no notifier on PATH says nothing was sent', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db'), PATH: tempDir() };
    rel(['add', 'Ken Sato', '--date', '2026-01-01', '--every', '1m'], env);
    const json = JSON.parse(rel(['remind', '--notify', '--json'], env).out) as { notified: boolean };
    expect(json.notified).toBe(false);
  });

  it('cron install/remove edit only rel\u2019s block of an existing crontab, through crontab on PATH', () => {
    const { env, file } = fakeCrontab();
    const mine = 'MAILTO=me@example.com\n# backups\n15 3 * * 1 /usr/bin/backup --all\n';
    writeFileSync(file, mine);
    const full = { ...env, REL_DB: join(tempDir(), 'rel.db') };
    const r = rel(['cron', 'install', '--at', '07:45'], full);
    expect(r.code, r.err).toBe(0);
    const table = readFileSync(file, 'utf8');
    expect(table.startsWith(mine)).toBe(true);
    expect(table).toMatch(
      /\n45 7 \* \* \* REL_DB='[^']+rel\.db' '[^']*node[^']*' '[^']+bin\/rel\.js' remind\n/,
    );
    expect(rel(['cron', 'install', '--at', '07:45'], full).out).toContain('nothing changed');
    expect(readFileSync(file, 'utf8')).toBe(table);
    expect(rel(['cron', 'show'], full).out).toContain('remind');
    rel(['cron', 'remove'], full);
    expect(readFileSync(file, 'utf8')).toBe(mine);
  });

  it('cron install works when the user has no crontab yet', () => {
    const { env, file } = fakeCrontab();
    expect(existsSync(file)).toBe(false);
    const r = rel(['cron', 'install'], { ...env, REL_DB: join(tempDir(), 'rel.db') });
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# >>> rel: .*\n0 9 \* \* \* /);
  });
});
