/**
 * `rel remind` on a network with more due than a cron mail should hold: the most pressing dozen,
 * then one line of how many more and the command that lists them; `--all` and `--json` every one.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/cli/errors.js';
import { lean } from '../../src/cli/lean.js';
import { buildProgram } from '../../src/cli/program.js';
import type { Session } from '../../src/cli/terminal.js';
import { openDb } from '../../src/db/open.js';
import { addDays } from '../../src/domain/dates.js';
import { tempDir } from '../helpers/db.js';
import { fakeSession, plainEnv, runCli } from '../helpers/inprocess.js';

/**
 * `due` people with a monthly rhythm, Due 0 the least overdue (21 days) and each next one a day more;
 * `birthdays` people without a rhythm whose birthdays fall on the coming days, one a day from today.
 */
function network(due: number, birthdays: number): string {
  const path = join(tempDir(), 'rel.db');
  const { db } = openDb(path, { mode: 'write', now: new Date('2026-11-22T00:00:00') });
  const add = db.prepare(
    "INSERT INTO people (name, origin, met_on, created_at, cadence, birthday) VALUES (?, 'work', ?, '2020-01-01', ?, ?)",
  );
  db.transaction(() => {
    for (let i = 0; i < due; i++) add.run(`Due ${i}`, addDays('2026-10-01', -i), '1m', null);
    for (let i = 0; i < birthdays; i++) add.run(`Born ${i}`, '2026-01-01', null, `1990-11-${22 + (i % 7)}`);
  })();
  db.close();
  return path;
}

const NOW = { REL_NOW: '2026-11-22' };
const remind = (path: string, ...argv: string[]) => runCli(['--db', path, 'remind', ...argv], NOW);
const dueNames = (out: string) => [...out.matchAll(/^Time to reconnect with (Due \d+)/gm)].map((m) => m[1]);

describe('rel remind, brief', () => {
  it('prints the most overdue people and the soonest birthdays, a dozen in all, then how many more', async () => {
    const path = network(15, 3);
    const r = await remind(path);
    expect(r.code).toBe(0);
    // The nine most overdue (Due 14 is 35 days over), in that order, then the three birthdays.
    expect(dueNames(r.out)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6].map((i) => `Due ${i}`));
    expect(r.out).toContain("Born 0's birthday is today (turning 36).");
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('and 6 more: rel remind --all');
    // Every line shown is a line of --all.
    const all = (await remind(path, '--all')).out.split('\n');
    for (const line of r.out.trimEnd().split('\n').slice(0, -1)) expect(all).toContain(line);
  });

  it('keeps up to eight of the dozen for birthdays, soonest first, when many people are due', async () => {
    const path = network(15, 10);
    const r = await remind(path);
    expect(dueNames(r.out)).toEqual(['Due 14', 'Due 13', 'Due 12', 'Due 11']);
    const born = [...r.out.matchAll(/^(Born \d+)'s birthday/gm)].map((m) => m[1]);
    // Born 0 and Born 7 today, Born 1 and Born 8 tomorrow, … by day, then by name.
    expect(born).toEqual(['Born 0', 'Born 7', 'Born 1', 'Born 8', 'Born 2', 'Born 9', 'Born 3', 'Born 4']);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('and 13 more: rel remind --all');
  });

  it('says how many more in Japanese, with the thousands grouped, and names the --days given', async () => {
    const path = network(1020, 0);
    const ja = await remind(path, '--lang', 'ja');
    expect(ja.out.trimEnd().split('\n').at(-1)).toBe('ほかに1,008件あります。すべて表示：rel remind --all');
    const en = await remind(path, '--days', '30');
    expect(en.out.trimEnd().split('\n').at(-1)).toBe('and 1,008 more: rel remind --days 30 --all');
  });

  it('--all prints every reminder and no line of how many more; --json lists every one', async () => {
    const path = network(15, 10);
    const all = await remind(path, '--all');
    expect(dueNames(all.out)).toHaveLength(15);
    expect(all.out.match(/'s birthday is/g)).toHaveLength(10);
    expect(all.out).not.toContain('more:');
    const json = JSON.parse((await remind(path, '--json')).out) as Record<string, unknown[]>;
    expect(Object.keys(json)).toEqual(['due', 'birthdays', 'dates']);
    expect([json.due!.length, json.birthdays!.length]).toEqual([15, 10]);
  });

  it('adds nothing when nothing is left out, and stays silent when nothing is due', async () => {
    const path = network(5, 2);
    const r = await remind(path);
    expect(r.out).toBe((await remind(path, '--all')).out);
    expect(r.out).not.toContain('more');
    expect(await remind(network(0, 0))).toEqual({ code: 0, out: '', err: '' });
  });

  it('rel today says how many more it left out, and nothing when it left none', async () => {
    const many = await runCli(['--db', network(15, 2), 'today'], NOW);
    expect(dueNames(many.out.replaceAll(/^ {2}/gm, ''))).toEqual(['Due 14', 'Due 13', 'Due 12']);
    expect(many.out).toContain('\n\n12 more reminders: rel remind --all\n');
    const few = await runCli(['--db', network(2, 2), 'today', '--lang', 'ja'], NOW);
    expect(few.out).not.toContain('ほかに');
  });

  it('--notify sends the few shown and one note of how many more (with --json too)', async () => {
    const bin = tempDir();
    const log = join(bin, 'sent');
    writeFileSync(join(bin, 'notify-send'), `#!/bin/sh\nprintf '%s|%s\\n' "$1" "$2" >> '${log}'\n`);
    chmodSync(join(bin, 'notify-send'), 0o755);
    const path = network(15, 3);
    const env = { ...NOW, PATH: `${bin}:/usr/bin:/bin` };
    for (const json of [[], ['--json']]) {
      writeFileSync(log, '');
      const r = await runCli(['--db', path, 'remind', '--notify', ...json], env);
      expect(r.code, r.err).toBe(0);
      const sent = readFileSync(log, 'utf8').match(/^rel: keep in touch\|/gm);
      expect(sent).toHaveLength(13);
      expect(readFileSync(log, 'utf8')).toContain('|and 6 more: rel remind --all');
    }
  });
});

describe('the lean path and commander print the same brief text', () => {
  async function captured(fn: (session: Session) => Promise<number | undefined>) {
    const t = fakeSession(plainEnv(NOW));
    const code = await fn(t.session);
    return { code, out: t.out(), err: t.err() };
  }
  it('for remind, remind --all, in both languages, and for today', async () => {
    const path = network(15, 10);
    for (const argv of [
      ['remind'],
      ['remind', '--all'],
      ['remind', '--days', '3'],
      ['--lang', 'ja', 'remind'],
      ['today'],
    ]) {
      const full = ['--db', path, ...argv];
      const viaLean = await captured((s) => lean(full, s));
      const viaCommander = await captured(async (s) => {
        try {
          await buildProgram('0.0.0-test', s).parseAsync(full, { from: 'user' });
          return 0;
        } catch (e) {
          return report(e, full, s);
        }
      });
      expect(viaLean, argv.join(' ')).toEqual(viaCommander);
      expect(/ more( reminders?)?: rel remind|すべて表示：rel remind/.test(viaLean.out), argv.join(' ')).toBe(
        !argv.includes('--all'),
      );
    }
  });
});
