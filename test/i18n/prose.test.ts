/**
 * Every rule message rendered with representative data (0, 1 and many), in both languages, read the
 * way a reviewer would: Japanese prose with full-width punctuation, no number that contradicts its
 * words, a proper ending; English without "0 of", "1 people" or "1 days".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { makeFmt } from '../../src/i18n/fmt.js';
import { catalog } from '../../src/i18n/index.js';
import { rulesEn, rulesJa } from '../../src/i18n/rules.js';
import { MERGED_ASKS, SAMPLES } from './samples.js';

type Render = (p: unknown, f: unknown) => string;
const TODAY = '2026-11-22';

function rendered(lang: 'en' | 'ja'): { where: string; text: string }[] {
  const f = makeFmt(lang, TODAY, 'JPY');
  const messages = (lang === 'ja' ? rulesJa : rulesEn) as unknown as Record<string, Record<string, Render>>;
  const out: { where: string; text: string }[] = [];
  for (const [id, keys] of Object.entries(messages))
    for (const [key, fn] of Object.entries(keys))
      (SAMPLES[id]?.[key] ?? []).forEach((p, i) => out.push({ where: `${id}.${key}[${i}]`, text: fn(p, f) }));
  MERGED_ASKS.forEach((p, i) =>
    out.push({ where: `review.asksMerged[${i}]`, text: (catalog(lang).review.asksMerged as Render)(p, f) }),
  );
  return out;
}

/** Japanese prose with the command lines, flags and clock times taken out. */
const prose = (s: string) =>
  s
    .replace(/rel [a-z][\x20-\x7e…]*/g, ' ')
    .replace(/--[a-z][\x20-\x7e…]*/g, ' ')
    .replace(/\d+:\d+/g, ' ');

const CONTRADICTIONS: [RegExp, string][] = [
  [/(?<![\d.,])0(人|回|件|日)(?!：)/u, 'a zero count said as a number (0人, 0回)'],
  [/(?<![\d.,])1人(のうち|中)/u, '"1人のうち": one of one'],
  [/(?<![\d.,])1日後/u, '出会って1日後 (翌日)'],
  [/経過/u, '経過 (say 予定をN日過ぎています)'],
  [/信頼を燃や|扉を開|本当に来ます|会う価値のある/u, 'a calque of an English idiom'],
  [/undefined|null|NaN|\$\{/u, 'a hole in the data'],
  [/。。|、。|。、|、、|（）/u, 'doubled punctuation'],
];

describe('Japanese rule messages, rendered', () => {
  const all = rendered('ja');

  it('has samples for every message (so a new one is read too)', () => {
    for (const [id, keys] of Object.entries(rulesJa as unknown as Record<string, Record<string, unknown>>))
      for (const key of Object.keys(keys))
        expect(SAMPLES[id]?.[key]?.length ?? 0, `${id}.${key}`).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(150);
  });

  it('uses full-width （）？：！ in prose (commands, flags and times keep theirs)', () => {
    const bad = all.filter(({ text }) => /[()?!]|(?<!\d):|:(?!\d)/.test(prose(text)));
    expect(bad).toEqual([]);
  });

  it('says no number its words contradict, and no calque', () => {
    const bad = all.flatMap(({ where, text }) =>
      CONTRADICTIONS.filter(([re]) => re.test(text)).map(([, why]) => ({ where, why, text })),
    );
    expect(bad).toEqual([]);
  });

  it('ends every message with 。 (or a closing bracket after one)', () => {
    const bad = all.filter(({ text }) => !/[。！？]$|。）$|[）」]。$/u.test(text));
    expect(bad).toEqual([]);
  });

  it('is written in です・ます (messages) or plain dictionary form (moves)', () => {
    const messages = all.filter(({ where }) => !/\.(move|thankMove|readyMove|metTargetMove)\[/.test(where));
    const plain = messages.filter(({ text }) => /(である|だ)。/u.test(text));
    expect(plain).toEqual([]);
  });
});

describe('English rule messages, rendered', () => {
  const all = rendered('en');
  it('reads 0, 1 and 2 as words a writer would use', () => {
    const bad = all.filter(({ text }) =>
      /\b(Only 0|0 of|None of the [12] |1 of the 1 |1 (people|days|times|gives|ties|takes|findings)\b|2 people you met there has)/.test(
        text,
      ),
    );
    expect(bad).toEqual([]);
  });
  it('has no holes and ends every message with a full stop', () => {
    const bad = all.filter(({ text }) => /undefined|null|NaN|\$\{/.test(text) || !/[.!?]$/.test(text));
    expect(bad).toEqual([]);
  });
});

describe('Japanese catalogues, as written', () => {
  const root = join(import.meta.dirname, '..', '..', 'src');
  const files = [
    ...readdirSync(join(root, 'i18n', 'ja'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(root, 'i18n', 'ja', f)),
  ];
  const JA = /[\u3040-\u30ff\u3400-\u9fff]/u;

  it('has no half-width ( ) ? ! or ": ", and no calque, in a literal that holds Japanese (rel: … aside)', () => {
    const bad: string[] = [];
    for (const file of files) {
      const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const check = (node: ts.Node, parts: string[]) => {
        if (!JA.test(parts.join(''))) return;
        for (const part of parts) {
          const text = prose(part.replace(/^rel: /, ''));
          if (
            /[()?!]|: |:$/.test(text) ||
            (JA.test(part) && /[\u3040-\u9fff]:/u.test(part)) ||
            /信頼を燃や|扉を開|本当に来ます|会う価値のある|経過/u.test(part)
          )
            bad.push(
              `${relative(root, file)}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${part}`,
            );
        }
      };
      const visit = (n: ts.Node): void => {
        if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) check(n, [n.text]);
        else if (ts.isTemplateExpression(n))
          check(n, [n.head.text, ...n.templateSpans.map((s) => s.literal.text)]);
        ts.forEachChild(n, visit);
      };
      visit(src);
    }
    expect(bad).toEqual([]);
  });
});
