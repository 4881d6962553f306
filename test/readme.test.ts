/**
 * The README's examples, run in order on a fresh db as a newcomer would type them. Every line of a
 * ```sh block that starts with `rel ` runs through sh (so quotes, `~` and `>` work), with `rel` on
 * PATH, and must exit 0. A block can be told to skip some commands with a comment just before it:
 *   <!-- readme-test: skip "rel onboard" "rel cron *" (why) -->
 * An entry matches a command exactly (its comment aside), or every command it begins when it ends in *.
 * Files the examples read are below in FILES; add yours there when you add an example that needs one.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers/cli.js';
import { tempDir } from './helpers/db.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface Example {
  line: number;
  command: string;
  skip: boolean;
}

/** The shell commands of the README, in order, with the skip markers applied. */
export function readmeExamples(text: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  let skips: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^<!-- readme-test: skip (.*)-->$/.exec(lines[i]!.trim());
    if (marker) skips = [...marker[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    if (lines[i]!.trim() !== '```sh') continue;
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) {
      const start = i;
      let command = lines[i]!;
      while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)}${lines[++i]}`;
      if (!command.startsWith('rel ')) continue;
      const bare = command.replace(/\s+#\s.*$/, '').trim();
      const skip = skips.some((s) => (s.endsWith('*') ? bare.startsWith(s.slice(0, -1)) : bare === s));
      out.push({ line: start + 1, command, skip });
    }
    skips = [];
  }
  return out;
}

/** The answers file the First run section shows in its comment lines. */
function answersFromReadme(text: string): string {
  const m = /--answers answers\.json.*\n((?:#\s{3}.*\n)+)/.exec(text);
  if (!m) throw new Error('the README no longer shows an answers file');
  return m[1]!.replace(/^#\s{3}/gm, '');
}

/** Files the examples read, made in the working directory before the first command. */
const FILES: Record<string, (readme: string) => string | Buffer | { copy: string }> = {
  'answers.json': answersFromReadme,
  'contacts.vcf': () => ({ copy: join(FIXTURES, 'apple-contacts.vcf') }),
  'Connections.csv': () => ({ copy: join(FIXTURES, 'linkedin-connections.csv') }),
  'google.csv': () => ({ copy: join(FIXTURES, 'google-contacts.csv') }),
  // A phone's export in Shift_JIS: 山田 太郎.
  'phone.vcf': () =>
    Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:'),
      Buffer.from([142, 82, 147, 99, 32, 145, 190, 152, 89]),
      Buffer.from('\r\nTEL;CELL:090-0000-1111\r\nEND:VCARD\r\n'),
    ]),
  'huge.vcf': () => ({ copy: join(FIXTURES, 'google-contacts.vcf') }),
};

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples = readmeExamples(readme);

  it('finds the examples and the markers', () => {
    expect(examples.length).toBeGreaterThan(40);
    expect(examples.filter((e) => e.skip).map((e) => e.command.split(/\s+#/)[0]!.trim())).toEqual(
      expect.arrayContaining(['rel onboard', 'rel cron install --at 08:30']),
    );
  });

  it('every example runs in order on a fresh db', { timeout: 300_000 }, () => {
    const dir = tempDir();
    const home = join(dir, 'home');
    const bin = join(dir, 'bin');
    const work = join(dir, 'work');
    for (const d of [
      home,
      bin,
      work,
      join(home, 'Sync'),
      join(home, '.local/share/bash-completion/completions'),
    ])
      mkdirSync(d, { recursive: true });
    writeFileSync(join(bin, 'rel'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'rel'), 0o755);
    // The sync examples: a folder a sync tool keeps, and a passphrase file.
    writeFileSync(join(home, '.rel-sync-key'), 'correct horse battery staple\n', { mode: 0o600 });
    for (const [name, make] of Object.entries(FILES)) {
      const made = make(readme);
      if (typeof made === 'string' || Buffer.isBuffer(made)) writeFileSync(join(work, name), made);
      else copyFileSync(made.copy, join(work, name));
    }
    const env = {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      HOME: home,
      TMPDIR: dir,
      LANG: 'C',
      REL_NOW: '2026-11-22',
      REL_DB: join(dir, 'rel.db'),
      REL_CONFIG: join(dir, 'config.json'),
    };
    const failures: string[] = [];
    for (const ex of examples.filter((e) => !e.skip)) {
      const r = spawnSync('sh', ['-c', ex.command], { cwd: work, env, encoding: 'utf8', timeout: 60000 });
      if (r.status !== 0)
        failures.push(`README.md:${ex.line} ${ex.command}\n  exit ${r.status}: ${r.stderr.trim()}`);
    }
    expect(failures.join('\n')).toBe('');
  });
});
