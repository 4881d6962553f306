/** rel on a real terminal (a pseudo-terminal made by script(1)): width, TERM=dumb, the pager. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagerFor, textWidth } from '../../src/cli/context.js';
import { tempDir } from '../helpers/db.js';
import { BIN, rel } from '../helpers/cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ANSI = /\u001b\[/;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs rel on a pseudo-terminal of the given size; returns what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string>, size = { rows: 20, cols: 60 }): string {
  const cmd = `stty rows ${size.rows} cols ${size.cols}; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: '/nonexistent',
      LANG: 'C',
      REL_NOW: '2026-11-22',
      TERM: 'xterm',
      PAGER: 'cat', // a test never waits on less
      ...env,
    },
    encoding: 'utf8',
    timeout: 30000,
  });
  return (r.stdout ?? '').replace(/\r/g, '');
}

function network(people: number): Record<string, string> {
  const dir = tempDir();
  const env = { REL_DB: join(dir, 'rel.db') };
  const cards = Array.from(
    { length: people },
    (_, i) => `BEGIN:VCARD\nVERSION:3.0\nFN:Person ${i + 1}\nEND:VCARD`,
  );
  rel(['import', '-', '--format', 'vcard', '-q'], env, cards.join('\n'));
  rel(['take', 'Person 2', 'sold a plan to an old friend of mine', '--kind', 'sale', '-qq'], env);
  return env;
}

describe('width and pager choices', () => {
  it('uses the terminal width (40 to 120), and 80 off a terminal', () => {
    expect(textWidth(true, 60)).toBe(60);
    expect(textWidth(true, 20)).toBe(40);
    expect(textWidth(true, 300)).toBe(120);
    expect(textWidth(true, undefined)).toBe(80);
    expect(textWidth(false, 60)).toBe(80);
  });

  it('pages through $REL_PAGER, $PAGER or less -R, only on a terminal and when allowed', () => {
    expect(pagerFor({}, true, true)).toMatchObject({ command: 'less -R', env: { LESS: 'FRX' } });
    expect(pagerFor({ PAGER: 'most', LESS: 'R' }, true, true)).toMatchObject({
      command: 'most',
      env: { LESS: 'R' },
    });
    expect(pagerFor({ PAGER: 'most', REL_PAGER: 'less' }, true, true)?.command).toBe('less');
    expect(pagerFor({}, false, true)).toBeUndefined(); // a pipe
    expect(pagerFor({}, true, false)).toBeUndefined(); // --no-pager or TERM=dumb
    expect(pagerFor({ PAGER: '' }, true, true)).toBeUndefined();
    expect(pagerFor({ PAGER: 'cat' }, true, true)).toBeUndefined();
  });

  it('never pages, colors or moves the cursor into a pipe, whatever PAGER says', () => {
    const env = network(40);
    const r = rel(['list'], { ...env, PAGER: 'false' });
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(43);
    expect(ANSI.test(r.out)).toBe(false);
  });
});

describe.skipIf(!hasScript)('on a terminal', () => {
  it('a list longer than the screen goes through $PAGER; a short one does not', () => {
    const env = network(40);
    const paged = join(tempDir(), 'paged.txt');
    const screen = onTerminal(['list'], { ...env, PAGER: `cat > ${quote(paged)}` });
    expect(screen).not.toContain('Person 40');
    const text = readFileSync(paged, 'utf8');
    expect(text).toContain('Person 40');
    expect(text.split('\n').length).toBeGreaterThan(40);
    const short = join(tempDir(), 'short.txt');
    expect(onTerminal(['show', 'Person 1'], { ...env, PAGER: `cat > ${quote(short)}` })).toContain(
      'Person 1',
    );
    expect(existsSync(short)).toBe(false);
    const unpaged = join(tempDir(), 'none.txt');
    expect(onTerminal(['list', '--no-pager'], { ...env, PAGER: `cat > ${quote(unpaged)}` })).toContain(
      'Person 40',
    );
    expect(existsSync(unpaged)).toBe(false);
  });

  it('a pager that cannot start loses nothing: the output is printed', () => {
    const env = network(40);
    expect(onTerminal(['list'], { ...env, PAGER: 'no-such-pager-here' })).toContain('Person 40');
  });

  it('wraps prose to the terminal width, and to 80 columns on a wide one no further than 120', () => {
    const env = network(3);
    const plain = (l: string) => l.replace(/\u001b\[[0-9;]*m/g, '');
    // The findings and the moves: prose, wrapped (the metrics above are a fixed-width table).
    const prose = (screen: string) => {
      const lines = screen.split('\n').map(plain);
      return lines.slice(lines.findIndex((l) => l === 'critical'));
    };
    const narrow = prose(onTerminal(['review', '--all'], env, { rows: 200, cols: 60 }));
    expect(narrow.join('\n')).toContain('sold a plan');
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(Math.max(...narrow.map((l) => l.length))).toBeGreaterThan(50);
    const wide = onTerminal(['review', '--all'], env, { rows: 200, cols: 200 });
    const widest = Math.max(...prose(wide).map((l) => l.length));
    expect(widest).toBeGreaterThan(80);
    expect(widest).toBeLessThanOrEqual(120);
  });

  it('TERM=dumb: no colors, no cursor codes, no pager, no prompts', () => {
    const env = network(40);
    const paged = join(tempDir(), 'paged.txt');
    const color = onTerminal(['review'], env);
    expect(ANSI.test(color)).toBe(true); // a capable terminal gets color
    const dumb = onTerminal(['review'], { ...env, TERM: 'dumb' });
    expect(dumb).toContain('slash-and-burn');
    expect(ANSI.test(dumb)).toBe(false);
    expect(onTerminal(['list'], { ...env, TERM: 'dumb', PAGER: `cat > ${quote(paged)}` })).toContain(
      'Person 40',
    );
    expect(existsSync(paged)).toBe(false);
    const rm = onTerminal(['rm', 'Person 1'], { ...env, TERM: 'dumb' });
    expect(rm).toContain('add --yes');
    expect(ANSI.test(rm)).toBe(false);
    const onboard = onTerminal(['onboard'], { ...env, TERM: 'dumb' });
    expect(onboard).toContain('--answers');
    expect(ANSI.test(onboard)).toBe(false);
  });
});
