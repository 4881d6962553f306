import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

const ANSI = /\u001b\[/;

describe('bin/rel.js', () => {
  it('prints its version and help', () => {
    expect(rel(['--version']).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = rel(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['add', 'give', 'take', 'touch', 'event', 'intro', 'list', 'show', 'edit', 'rm'])
      expect(help.out).toContain(c);
    const give = rel(['give', '--help']);
    expect(give.out).toContain('Examples:');
    expect(give.out).toContain('--kind');
  });

  it('records a small network and reads it back as text and JSON', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'sub', 'rel.db') };
    expect(rel(['add', 'Aiko Tanaka', '--origin', 'study-group', '--date', '2025-06-01'], env).out).toBe(
      'added Aiko Tanaka (#1)\n',
    );
    expect(statSync(env.REL_DB).mode & 0o777).toBe(0o600);
    expect(
      rel(['give', 'aiko', 'reviewed her slides', '--kind', 'feedback', '--date', 'yesterday'], env).out,
    ).toBe('gave Aiko Tanaka: reviewed her slides (21 Nov)\n');
    rel(['event', 'Meetup', '--kind', 'study-group', '--date', '2026-11-05', '--met', 'Yumi Ono'], env);
    rel(['intro', 'Aiko Tanaka', 'Client Kimura', '--date', '2026-11-12'], env);
    const listed = JSON.parse(rel(['list', '--json'], env).out) as { people: { name: string }[] };
    expect(listed.people.map((p) => p.name)).toEqual(['Aiko Tanaka', 'Client Kimura', 'Yumi Ono']);
    const page = rel(['show', 'Aiko Tanaka'], env);
    expect(page.code).toBe(0);
    expect(page.out).toContain('reviewed her slides');
    expect(page.out).not.toMatch(ANSI);
    const json = JSON.parse(rel(['show', 'Aiko Tanaka', '--json'], env).out) as { gives: { date: string }[] };
    expect(json.gives[0]?.date).toBe('2026-11-21');
  });

  it('maps errors to exit codes with one clear line and nothing on stdout', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db') };
    rel(['add', 'Ken Sato'], env);
    rel(['add', 'Ken Suzuki'], env);
    const unknown = rel(['give', 'Kenn Sato', 'x'], env);
    expect([unknown.code, unknown.out]).toEqual([1, '']);
    expect(unknown.err).toBe('rel: no one called "Kenn Sato": did you mean Ken Sato?\n');
    const ambiguous = rel(['give', 'Ken', 'x'], env);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain('Ken Sato (#1), Ken Suzuki (#2)');
    expect(rel(['frobnicate'], env).code).toBe(2);
    expect(rel(['list', '--frobnicate'], env).code).toBe(2);
    expect(rel(['give'], env).code).toBe(2);
    const kind = rel(['give', 'Ken Sato', 'x', '--kind', 'bribe'], env);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/feedback.*promotion/);
    expect(kind.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(rel(['give', 'Ken Sato', 'x', '--date', '2027-01-01'], env).code).toBe(2);
    expect(rel(['list'], { ...env, REL_NOW: 'whenever' }).code).toBe(2);
  });

  it('speaks Japanese with --lang ja, REL_LANG or a ja locale', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db') };
    expect(rel(['add', '田中 愛子', '--lang', 'ja'], env).out).toBe('田中 愛子さん（#1）を登録しました\n');
    expect(rel(['give', '田中', '資料の感想'], { ...env, REL_LANG: 'ja' }).out).toContain(
      '田中 愛子さんにギブしました',
    );
    expect(rel(['give', 'だれか', 'x'], { ...env, LANG: 'ja_JP.UTF-8' }).err).toContain('という人はいません');
  });

  it('a read on a missing db creates nothing; --db beats REL_DB', () => {
    const dir = tempDir();
    const r = rel(['list'], { REL_DB: join(dir, 'none.db') });
    expect(r.code).toBe(0);
    expect(r.out).toContain('rel add');
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
    rel(['--db', join(dir, 'other.db'), 'add', 'Solo'], { REL_DB: join(dir, 'main.db') });
    expect(existsSync(join(dir, 'other.db'))).toBe(true);
    expect(existsSync(join(dir, 'main.db'))).toBe(false);
  });

  it('uses the XDG data dir by default', () => {
    const home = tempDir();
    rel(['add', 'Solo'], { HOME: home, XDG_DATA_HOME: join(home, 'data') });
    expect(existsSync(join(home, 'data', 'rel', 'rel.db'))).toBe(true);
  });

  it('prints completion scripts', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = rel(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('give');
    }
    expect(rel(['completion', 'tcsh']).code).toBe(2);
  });
});
