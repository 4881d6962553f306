/**
 * `--help --lang ja` leaves nothing in English: every command, option and argument description of
 * every command (subcommands too), and every `# comment` in the examples. A command or option added
 * without its Japanese text in src/i18n/ja/help.ts fails here, naming it.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { localizeHelp } from '../../src/cli/help-format.js';
import { EXAMPLES } from '../../src/cli/help.js';
import { buildProgram } from '../../src/cli/program.js';
import { exampleCommentsJa } from '../../src/i18n/ja/help.js';
import { runCli } from '../helpers/inprocess.js';

/** Kana or kanji: a description with none is not Japanese. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
/** Two English words in a row: prose, not a list of ids like "bash, zsh or fish". */
const PROSE = /\b[a-z]{2,} [a-z]{2,}\b/i;

interface Text {
  where: string;
  text: string;
}

/** The commands under cmd that --help lists (not the hidden ones, like __names). */
const visible = (cmd: Command): Command[] =>
  cmd.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden);

/** Every visible command's path under rel, the program itself first ([]). */
function paths(cmd: Command, path: string[] = []): string[][] {
  return [path, ...visible(cmd).flatMap((c) => paths(c, [...path, c.name()]))];
}

/** Every description --help shows, in one language, keyed by where it is shown. */
function descriptions(lang: 'en' | 'ja'): Map<string, string> {
  const program = buildProgram('0.0.0-test');
  localizeHelp(program, lang, 120);
  const out = new Map<string, string>();
  const walk = (cmd: Command, at: string) => {
    const h = cmd.createHelp();
    const all: Text[] = [
      { where: 'description', text: h.commandDescription(cmd) },
      ...h
        .visibleCommands(cmd)
        .map((c) => ({ where: `command ${c.name()}`, text: h.subcommandDescription(c) })),
      ...h.visibleOptions(cmd).map((o) => ({ where: `option ${o.flags}`, text: h.optionDescription(o) })),
      ...h
        .visibleArguments(cmd)
        .map((a) => ({ where: `argument ${a.name()}`, text: h.argumentDescription(a) })),
    ];
    for (const { where, text } of all) out.set(`${at}: ${where}`, text);
    for (const c of visible(cmd)) walk(c, `${at} ${c.name()}`);
  };
  walk(program, 'rel');
  return out;
}

describe('--help --lang ja', () => {
  it('has Japanese for every command, option and argument description', () => {
    const en = descriptions('en');
    const ja = descriptions('ja');
    expect([...ja.keys()]).toEqual([...en.keys()]);
    expect(en.size).toBeGreaterThan(200);
    // The default's note (「（省略時は 64）」) is Japanese whatever the description is: judge the rest.
    const own = (k: string) => ja.get(k)!.replace(/（省略時は[^）]*）$/, '');
    const english = [...en].filter(([k, text]) => text && (ja.get(k) === text || !JAPANESE.test(own(k))));
    expect(english.map(([k, text]) => `${k}: ${text}`)).toEqual([]);
  });

  it('gives two different English descriptions two different Japanese ones (no key reaches the wrong command)', () => {
    const en = descriptions('en');
    const ja = descriptions('ja');
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [k, text] of ja) {
      const other = seen.get(text);
      if (text && other !== undefined && en.get(other) !== en.get(k))
        clashes.push(`${other} / ${k}: ${text}`);
      seen.set(text, k);
    }
    expect(clashes).toEqual([]);
    expect(ja.get('rel date: command rm')).toContain('大切な日');
  });

  it('has Japanese for every comment in the examples', () => {
    const comments = Object.values(EXAMPLES)
      .flat()
      .map((x) => /\s#\s+(.*)$/.exec(x)?.[1])
      .filter((c) => c !== undefined);
    expect(comments.length).toBeGreaterThan(20);
    expect(comments.filter((c) => exampleCommentsJa[c] === undefined)).toEqual([]);
    expect(Object.values(exampleCommentsJa).filter((t) => PROSE.test(t) && !JAPANESE.test(t))).toEqual([]);
  });

  it('shows no English prose in any command’s --help', async () => {
    const en = [...descriptions('en').values()].filter((t) => PROSE.test(t));
    const comments = Object.keys(exampleCommentsJa).filter((c) => PROSE.test(c));
    for (const path of paths(buildProgram('0.0.0-test'))) {
      const r = await runCli([...path, '--help', '--lang', 'ja'], { COLUMNS: '120' });
      expect(r.code, path.join(' ')).toBe(0);
      // Wrapped lines joined again, so a wrapped English description is still found whole.
      const out = r.out.replace(/\s+/g, ' ');
      const left = [...en, ...comments].filter((t) => out.includes(t.replace(/\s+/g, ' ')));
      expect(left, `rel ${path.join(' ')} --help --lang ja`).toEqual([]);
      for (const title of ['Usage:', 'Options:', 'Arguments:', 'Commands:', 'Examples:', '(default:'])
        expect(r.out, `rel ${path.join(' ')} --help --lang ja`).not.toContain(title);
    }
  });
});
