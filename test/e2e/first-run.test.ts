import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { width } from '../../src/output/width.js';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

describe('--help', () => {
  it('wraps descriptions at word boundaries with a hanging indent, at the terminal width', async () => {
    for (const cols of [60, 80, 100]) {
      const r = await runCli(['--help'], { COLUMNS: String(cols) });
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(cols);
      // Every word of every description appears whole: nothing like "mee" + "t".
      const words = new Set(
        [
          'a person you know (or want to meet)',
          'log that <introducer> introduced you to <person> (added if new)',
          'who is due for a word from you, and birthdays ahead (quiet when nothing is due: made for cron)',
        ]
          .join(' ')
          .split(' '),
      );
      const printed = new Set(lines.flatMap((l) => l.trim().split(/\s+/)));
      for (const w of words) expect(printed.has(w), `${cols}: ${w}`).toBe(true);
      // Continuation lines of the command list hang under the description column.
      const i = lines.findIndex((l) => l.trimStart().startsWith('remind'));
      const column = lines[i]!.indexOf('who is due');
      expect(lines[i + 1]!.slice(0, column).trim()).toBe('');
      expect(lines[i + 1]![column]).not.toBe(' ');
    }
  });

  it('is in Japanese under --lang ja: commands, options and examples', async () => {
    const top = await runCli(['--help', '--lang', 'ja'], { COLUMNS: '80' });
    expect(top.out).toContain('使い方：');
    expect(top.out).toContain('コマンド：');
    expect(top.out).toContain('知り合い（または会いたい人）を追加します');
    for (const line of top.out.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
    const add = await runCli(['add', '--help', '--lang', 'ja'], { COLUMNS: '80' });
    expect(add.out).toContain('オプション：');
    expect(add.out).toContain('出会った日（省略時は今日）');
    expect(add.out).toContain('例：');
    expect(add.out).toContain('# 会いたい人');
    expect(add.out).not.toContain('Examples:');
    const env = await runCli(['give', '--help'], { REL_LANG: 'ja' });
    expect(env.out).toContain('相手にギブしたことを記録します');
  });

  it('edit --help does not promise a default date, and give --help does not offer sale', async () => {
    const edit = await runCli(['edit', '--help'], { COLUMNS: '200' });
    expect(edit.out).toMatch(/--date <when>\s+when you met\n/);
    const give = await runCli(['give', '--help'], { COLUMNS: '200' });
    expect(give.out).toMatch(/--kind <kind>/);
    expect(give.out).not.toMatch(/\bsale\b/);
    const take = await runCli(['take', '--help'], { COLUMNS: '200' });
    expect(take.out).toMatch(/\bsale\b/);
  });
});

describe('bare rel', () => {
  it('on a new machine: the first three commands, exit 0, no db created', async () => {
    const db = join(tempDir(), 'rel.db');
    const r = await runCli([], { REL_DB: db });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('1. rel onboard');
    expect(r.out).toContain('3. rel give');
    expect(r.out).toContain('rel --help');
    expect(r.out).not.toContain('Usage:');
    expect(existsSync(db)).toBe(false);
    const ja = await runCli(['--lang', 'ja'], { REL_DB: db });
    expect(ja.out).toContain('まずはこの3つから');
  });

  it('with data: the daily digest', async () => {
    const db = join(tempDir(), 'rel.db');
    await runCli(['add', 'Aiko Tanaka', '--date', '2026-01-01', '--every', '30d'], { REL_DB: db });
    const r = await runCli(['--db', db], { REL_NOW: '2026-11-22' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('rel · today');
    expect(r.out).toContain('Aiko Tanaka');
    expect(r.out).toContain('rel review');
  });

  it('an unknown command is still a usage error', async () => {
    const r = await runCli(['frobnicate'], {});
    expect(r.code).toBe(2);
  });
});

describe('colour', () => {
  it('FORCE_COLOR=0 turns it off even on a terminal; FORCE_COLOR=1 on even into a pipe; --no-color wins', async () => {
    const { colorChoice } = await import('../../src/cli/context.js');
    expect(colorChoice({}, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorChoice({}, { FORCE_COLOR: 'false' })).toBe(false);
    expect(colorChoice({}, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorChoice({ color: false }, { FORCE_COLOR: '1' })).toBe(false);
    expect(colorChoice({}, { NO_COLOR: '1' })).toBe(false);
    expect(colorChoice({}, {})).toBeUndefined();
  });
});

describe('rel edit', () => {
  it('leaves chemistry alone unless --chemistry or --no-chemistry is given', async () => {
    const env = { REL_DB: join(tempDir(), 'rel.db') };
    const chemistry = async () =>
      (
        JSON.parse((await runCli(['show', 'Goro Ishida', '--json'], env)).out) as {
          person: { chemistry: boolean };
        }
      ).person.chemistry;
    expect((await runCli(['add', 'Goro Ishida', '--no-chemistry'], env)).code).toBe(0);
    const nothing = await runCli(['edit', 'Goro Ishida'], env);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(/nothing to change/);
    expect(await chemistry()).toBe(false);
    expect((await runCli(['edit', 'Goro Ishida', '--note', 'met at work'], env)).code).toBe(0);
    expect(await chemistry()).toBe(false);
    expect((await runCli(['edit', 'Goro Ishida', '--chemistry'], env)).code).toBe(0);
    expect(await chemistry()).toBe(true);
  });
});
