import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { padEnd, setAmbiguousWide, truncate, width, wrap } from '../../src/output/width.js';
import { rel } from '../helpers/cli.js';

const chalk = new Chalk({ level: 1 });
const ESC = /\u001b\[[0-9;]*m/g;
const plain = (s: string) => s.replace(ESC, '');
/** What a terminal shows when an escape sequence is cut: its tail, `[2m`, as text. */
const stray = (s: string) => /\u001b(?!\[[0-9;]*m)|(?<!\u001b)\[[0-9;]+m/.test(s);

const NO_START = /^[、。，．・：；？！ー）」』】〕〉》)\],.?!:;ぁぃぅぇぉっゃゅょァィゥェォッャュョ…]/u;
const NO_END = /[（「『【〔〈《([]$/u;

function kinsoku(text: string): string[] {
  const bad: string[] = [];
  const lines = plain(text).split('\n');
  lines.forEach((line, i) => {
    const body = line.trim();
    if (i > 0 && NO_START.test(body) && !/^[✖▲●○]/.test(body)) bad.push(`starts: ${line}`);
    if (NO_END.test(body)) bad.push(`ends: ${line}`);
  });
  return bad;
}

describe('wrap', () => {
  it('never splits an escape sequence, and closes and reopens a colour cut by a line break', () => {
    const text = `Hiroshi Sato introduced you to Client Kimura on 13 Nov and you have not given them anything since. ${chalk.dim('[thank-the-introducer]')}`;
    for (let cols = 30; cols <= 100; cols++) {
      const out = wrap(text, cols, 4);
      expect(stray(out), out).toBe(false);
      expect(plain(out).replace(/\s+/g, ' ')).toBe(plain(text));
      for (const line of out.split('\n')) expect(width(line)).toBeLessThanOrEqual(cols);
    }
    const long = wrap(chalk.yellow('one two three four five six'), 10);
    for (const line of long.split('\n')) {
      expect(line.startsWith('\u001b[33m')).toBe(true);
      expect(line.endsWith('\u001b[39m') || line.endsWith('\u001b[0m')).toBe(true);
    }
  });

  it('hangs continuation lines under the first, and the first line leaves room for a bullet', () => {
    const out = wrap('alpha beta gamma delta epsilon zeta eta theta', 20, 4, { first: 4 });
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(width(lines[0]!)).toBeLessThanOrEqual(16);
    for (const line of lines.slice(1)) {
      expect(line.startsWith('    ')).toBe(true);
      expect(line[4]).not.toBe(' ');
      expect(width(line)).toBeLessThanOrEqual(20);
    }
  });

  it('keeps Japanese lines clear of kinsoku characters at every width', () => {
    const text =
      '11月13日に佐藤 博さんから木村 誠さんを紹介してもらいましたが、その後何もギブしていません。「お礼」を伝えて（短くて十分です）、その後どうなったかも報告しましょう！ちょっとしたメッセージ・メモで十分。';
    for (let cols = 10; cols <= 60; cols++) {
      const out = wrap(text, cols, 2);
      expect(kinsoku(out), out).toEqual([]);
      for (const line of out.split('\n')) expect(width(line)).toBeLessThanOrEqual(cols);
      expect(out.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
  });

  it('keeps a name written with a space, its honorific and a command on one line', () => {
    const text =
      'そろそろ連絡したい人: 伊藤 里奈さん、森 由紀さん。次は `rel target "Famous Author" --reason "meet"` を試しましょう。';
    for (let cols = 44; cols <= 70; cols++) {
      const lines = plain(wrap(text, cols)).split('\n');
      expect(
        lines.some((l) => l.includes('伊藤 里奈さん')),
        `${cols}`,
      ).toBe(true);
      expect(
        lines.some((l) => l.includes('森 由紀さん')),
        `${cols}`,
      ).toBe(true);
      expect(
        lines.some((l) => l.includes('`rel target "Famous Author" --reason "meet"`')),
        `${cols}`,
      ).toBe(true);
    }
    const en = 'Nothing yet: start with rel add "Aiko Tanaka" --origin work and then rel review today.';
    for (let cols = 40; cols <= 80; cols++) {
      const lines = wrap(en, cols).split('\n');
      expect(lines.some((l) => l.includes('rel add "Aiko Tanaka" --origin work'))).toBe(true);
    }
    // Names the caller knows stay whole too, even Latin ones inside Japanese text.
    const keep = wrap('紹介してくれたKen Satoさんにお礼を伝えましょう。', 14, 0, { keep: ['Ken Sato'] });
    expect(keep.split('\n').some((l) => l.includes('Ken Satoさん'))).toBe(true);
  });

  it('a word longer than a line is cut by columns, not dropped', () => {
    const out = wrap('see https://example.com/a/very/long/path/that/does/not/fit', 20);
    for (const line of out.split('\n')) expect(width(line)).toBeLessThanOrEqual(20);
    expect(out.replace(/\n/g, '')).toContain('https://example.com/a/very/long/path/that/does/not/fit');
  });

  it('measures emoji, combining marks and East Asian ambiguous characters', () => {
    expect(width('👩‍💻')).toBe(2);
    expect(width('❤️')).toBe(2);
    expect(width('e\u0301')).toBe(1);
    expect(width('か\u3099')).toBe(2);
    expect(width(padEnd('👩‍💻 Aiko', 12))).toBe(12);
    expect(width(padEnd('Jose\u0301', 8))).toBe(8);
    // A wrap never separates a combining mark from its letter.
    for (const line of wrap('Jose\u0301 Jose\u0301 Jose\u0301 Jose\u0301', 6).split('\n')) {
      expect(line.startsWith('\u0301')).toBe(false);
      expect(width(line)).toBeLessThanOrEqual(6);
    }
    expect(width('○ …')).toBe(3);
    // remind's middle dot, on a line long enough to be measured whole
    const dotted = 'last: talked, 2 Feb 2023 · idea: offer code review';
    expect(width(dotted)).toBe(dotted.length);
    setAmbiguousWide(true);
    try {
      expect(width('○ …')).toBe(5);
      expect(width(dotted)).toBe(dotted.length + 1);
    } finally {
      setAmbiguousWide(false);
    }
  });

  it('truncates without cutting an escape or a grapheme', () => {
    const t = truncate(chalk.bold('👩‍💻 Aiko Tanaka'), 8);
    expect(stray(t)).toBe(false);
    expect(plain(t)).toBe('👩‍💻 Aiko…');
    expect(t.endsWith('\u001b[22m')).toBe(true);
  });
});

describe('rel demo in a colour terminal', () => {
  for (const lang of ['en', 'ja']) {
    for (const cols of [60, 80, 100]) {
      it(`${lang} at ${cols} columns: no stray escape code, no kinsoku break, nothing wider than the screen`, () => {
        const r = rel(['demo', '--lang', lang], { FORCE_COLOR: '1', COLUMNS: String(cols) });
        expect(r.code).toBe(0);
        expect(r.out).toContain('\u001b[');
        expect(stray(r.out)).toBe(false);
        if (lang === 'ja') expect(kinsoku(r.out)).toEqual([]);
        // The findings and the moves follow the screen (the metrics table is a fixed 80).
        const prose = r.out
          .split('\n')
          .filter((l) => /^ {2}[✖▲●○] |^ {4}\S|^ {2}\d\. |^ {5}\S/.test(plain(l)));
        expect(prose.length).toBeGreaterThan(10);
        for (const line of prose) expect(width(line), line).toBeLessThanOrEqual(cols);
      });
    }
  }

  it('FORCE_COLOR=0 turns colour off, as --no-color does', () => {
    const r = rel(['demo'], { FORCE_COLOR: '0' });
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b[');
    expect(rel(['demo', '--no-color'], { FORCE_COLOR: '1' }).out).not.toContain('\u001b[');
  });
});

describe('the review at 80 columns', () => {
  it('names two people in the reconnect row before "…", in both languages', () => {
    for (const [lang, label] of [
      ['en', 'due to reconnect'],
      ['ja', '予定を過ぎた連絡'],
    ] as const) {
      const r = rel(['demo', '--lang', lang], { COLUMNS: '80' });
      const row = r.out.split('\n').find((l) => l.includes(label))!;
      expect(row, row).toMatch(
        lang === 'en' ? /Emi Kato .*, Yuki Mori .*…/ : /加藤 恵美さん.*、森 由紀さん.*…/,
      );
      expect(width(row)).toBeLessThanOrEqual(80);
    }
  });
});

describe('names the caller knows', () => {
  it('keep exactly the known name, not the word before it', () => {
    const text =
      '11月12日に佐藤 博さんから木村 誠さんを紹介してもらいましたが、その後佐藤 博さんに何もギブしていません。';
    const out = wrap(text, 76, 4, { first: 4, keep: ['佐藤 博', '木村 誠'] });
    expect(out.split('\n')[0]!).toContain('その後');
    const tag = wrap(`${'あ'.repeat(30)} [info-taker · give-first · too-soon-to-ask]`, 76, 4, { first: 4 });
    for (const line of tag.split('\n')) expect(line.trimStart().startsWith('·')).toBe(false);
  });
});
