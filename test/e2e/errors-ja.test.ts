/**
 * Every error a Japanese user can meet, through the built binary with --lang ja: commander's own
 * usage errors, import, backup and answers-file problems. Each is one `rel: …` line in Japanese
 * prose (full-width punctuation), with the exit code of its kind, and English stays English.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';

const fixture = (f: string) => join(import.meta.dirname, '..', 'fixtures', f);

/** One line, `rel: ` then Japanese, no half-width ( ) ? in its prose (commands and flags aside). */
function japanese(err: string): string {
  const lines = err.trimEnd().split('\n');
  expect(lines, err).toHaveLength(1);
  expect(err).toMatch(/^rel: /);
  expect(err).toMatch(/[\u3040-\u30ff]/u);
  expect(err).not.toMatch(
    /error:|Did you mean|missing required|too many|unknown (option|command)|Nothing was/,
  );
  const prose = err
    .slice(5)
    .replace(/rel [a-z][\x20-\x7e]*/g, ' ')
    .replace(/--[a-z][\x20-\x7e]*/g, ' ');
  expect(prose, err).not.toMatch(/[()?]/);
  return err;
}

describe('usage errors in Japanese (commander mapped)', () => {
  const env = () => ({ REL_DB: join(tempDir(), 'rel.db') });
  it.each([
    ['a missing argument', ['add'], /add には <name>（名前）の指定が必要です（使い方：rel add --help）。/],
    ['a second missing argument', ['intro', '田中'], /intro には <person>（相手の名前）の指定が必要です/],
    ['too many arguments', ['add', '田中', '愛子'], /add の引数は1つですが、2つ指定されています。.*引用符/],
    ['an unknown option', ['list', '--frobnicate'], /list に --frobnicate というオプションはありません。/],
    ['an unknown option close to one', ['give', 'a', 'b', '--kindd', 'x'], /--kind のことですか？$/m],
    [
      'an unknown top-level option',
      ['--frobnicate'],
      /^rel: rel に --frobnicate というオプションはありません。.*rel --help/,
    ],
    ['an unknown command', ['revew'], /「revew」というコマンドはありません。review のことですか？/],
    ['an unknown command far from any', ['frobnicate'], /コマンドの一覧は rel --help で確認できます。/],
    ['a missing required option', ['event', '勉強会'], /event には --kind <kind> の指定が必要です/],
    ['an option without its value', ['give', 'a', 'b', '--kind'], /--kind には値が必要です。/],
    [
      'an invalid choice',
      ['completion', 'pwsh'],
      /completion <shell>：「pwsh」は使えません。使える値：bash、zsh、fish/,
    ],
    ['an invalid action', ['config', 'frob'], /「frob」は使えません。使える値：list、get、set、unset/],
  ])('%s', (_what, args, message) => {
    const r = rel(['--lang', 'ja', ...args], env());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(japanese(r.err)).toMatch(message);
  });

  it('REL_LANG=ja and a Japanese locale say the same', () => {
    const a = rel(['add'], { ...env(), REL_LANG: 'ja' });
    const b = rel(['add'], { ...env(), LANG: 'ja_JP.UTF-8' });
    expect(a.err).toBe(b.err);
    japanese(a.err);
  });

  it('stays English (rel: …, not commander\'s "error:") without Japanese', () => {
    const r = rel(['add', 'Aiko', 'Tanaka'], env());
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'rel: add takes one argument, not 2. Put a name or text with spaces in quotes: "Aiko Tanaka".\n',
    );
    expect(rel(['revew'], env()).err).toBe('rel: there is no command "revew"; did you mean review?\n');
    expect(rel(['add'], env()).err).toBe('rel: add needs <name> (see rel add --help).\n');
  });

  it('help and version are still printed, and still exit 0', () => {
    expect(rel(['--lang', 'ja', 'add', '--help']).code).toBe(0);
    expect(rel(['--version']).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('file problems in Japanese', () => {
  it('a broken vCard names the card, in Japanese, and imports nothing', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_LANG: 'ja' };
    const r = rel(['import', fixture('broken.vcf')], env);
    expect(r.code).toBe(1);
    expect(japanese(r.err)).toBe(
      'rel: 3枚目のカード（10行目、Never Ends）：END:VCARD がなく、カードが終わっていません。何もインポートしていません。\n',
    );
    const nofn = join(dir, 'nofn.vcf');
    writeFileSync(nofn, 'BEGIN:VCARD\nVERSION:3.0\nN:Nameless;;;;\nEND:VCARD\n');
    expect(japanese(rel(['import', nofn], env).err)).toContain(
      '1枚目のカード（1行目）：FN（表示名）がありません。',
    );
  });

  it('a CSV of the wrong shape, and a row without a name', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_LANG: 'ja' };
    const wrong = join(dir, 'people.csv');
    writeFileSync(wrong, 'Name,Phone\nAiko,123\n');
    const a = rel(['import', wrong, '--format', 'linkedin'], env);
    expect(a.code).toBe(1);
    expect(japanese(a.err)).toContain(
      'LinkedIn の Connections.csv（First Name、Last Name、…、Connected On の列）の形式ではないようです。',
    );
    const noName = join(dir, 'google.csv');
    writeFileSync(
      noName,
      'First Name,Last Name,E-mail 1 - Value\nAiko,Tanaka,a@example.com\n,,x@example.com\n',
    );
    const b = rel(['import', noName, '--format', 'csv'], env);
    expect(b.code).toBe(1);
    expect(japanese(b.err)).toContain('2件目の連絡先：名前がありません。何もインポートしていません。');
  });

  it('a file that is not a backup, and a backup with an unknown column', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_LANG: 'ja' };
    const notJson = join(dir, 'a.json');
    writeFileSync(notJson, '{ nope');
    expect(japanese(rel(['import', notJson], env).err)).toMatch(
      /a\.json：JSON として読めません（.+）。何もインポートしていません。/,
    );
    const other = join(dir, 'b.json');
    writeFileSync(other, '{"hello": 1}');
    expect(japanese(rel(['import', other], env).err)).toContain(
      'rel のバックアップではありません（バックアップは rel export --format json で作れます）。',
    );
    const column = join(dir, 'c.json');
    writeFileSync(
      column,
      JSON.stringify({ rel: 'backup', version: 1, tables: { people: [{ id: 1, shoe: 42 }] } }),
    );
    expect(japanese(rel(['import', column], env).err)).toContain(
      'tables.people[0] に知らない列「shoe」があります。',
    );
  });

  it('an answers file with a typo, a wrong type, or not JSON', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_LANG: 'ja' };
    const cases: [unknown, string][] = [
      [{ gaol: 'typo' }, '知らない項目「gaol」があります（使える項目：goal、lookingFor、'],
      [{ canGive: 'code review' }, '「canGive」は文字列のリストにしてください。'],
      [
        { field: 'law' },
        '「field」は it、web、design、writing、marketing、sales、other のどれかにしてください。',
      ],
      [{ habits: { mixersPerMonth: -1 } }, '「habits.mixersPerMonth」は0以上の数にしてください。'],
    ];
    for (const [content, message] of cases) {
      const file = join(dir, 'answers.json');
      writeFileSync(file, JSON.stringify(content));
      const r = rel(['onboard', '--answers', file], env);
      expect(r.code).toBe(2);
      expect(japanese(r.err)).toContain(message);
    }
    writeFileSync(join(dir, 'bad.json'), '{');
    expect(japanese(rel(['onboard', '--answers', join(dir, 'bad.json')], env).err)).toMatch(
      /JSON として読めません/,
    );
  });
});
