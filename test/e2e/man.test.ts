/** The man page (built from the commander definitions by scripts/man.mjs) and the top-level --help. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';

const root = join(import.meta.dirname, '..', '..');
const hasMan = spawnSync('man', ['--version'], { encoding: 'utf8' }).status === 0;

function allCommands(cmd: Command, prefix = 'rel'): { path: string; cmd: Command }[] {
  return cmd.commands
    .filter((c) => !c.name().startsWith('__'))
    .flatMap((c) => [{ path: `${prefix} ${c.name()}`, cmd: c }, ...allCommands(c, `${prefix} ${c.name()}`)]);
}

describe('the man page', () => {
  const page = () => readFileSync(join(root, 'man', 'rel.1'), 'utf8');
  const roff = (s: string) => s.replace(/-/g, '\\-');

  it('is listed in package.json so npm links it, and is rebuilt by npm run build', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.man).toEqual(['./man/rel.1']);
    expect(pkg.files).toContain('man');
    expect(pkg.scripts.build).toContain('scripts/man.mjs');
  });

  it('documents every command, subcommand and option there is', () => {
    const text = page();
    const program = buildProgram('0.0.0');
    const missing: string[] = [];
    for (const { path, cmd } of allCommands(program)) {
      if (!text.includes(`.SS "${roff(path)} `)) missing.push(path);
      for (const o of cmd.options)
        if (o.long && !text.includes(roff(o.flags))) missing.push(`${path} ${o.flags}`);
    }
    for (const o of program.options)
      if (o.long !== '--version' && !text.includes(roff(o.flags))) missing.push(o.flags);
    expect(missing).toEqual([]);
    expect(text).toContain('.SH DATES');
    expect(text).toContain('.SH EXIT STATUS');
  });

  it('writes wherever it is told, from the compiled program', () => {
    const out = join(tempDir(), 'rel.1');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'man.mjs'), out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(page());
  });

  it.skipIf(!hasMan)('renders without a warning from man', () => {
    const r = spawnSync('man', ['--warnings', '-l', join(root, 'man', 'rel.1')], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat', LC_ALL: 'C.UTF-8' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('rel date rm [options] <person> <label>');
    expect(r.stdout).toContain('11月3日');
  });
});

describe('rel --help', () => {
  it('ends with four examples and where the README is', () => {
    const r = rel(['--help']);
    expect(r.code).toBe(0);
    const examples = r.out
      .slice(r.out.indexOf('Examples:'))
      .split('\n')
      .filter((l) => l.startsWith('  $ rel '));
    expect(examples).toHaveLength(4);
    const readme = /The full guide: (\S+README\.md)/.exec(r.out)?.[1];
    expect(readme && existsSync(readme)).toBe(true);
    expect(r.out).toContain('man rel');
  });
});
