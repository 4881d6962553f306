/**
 * Three scripted personas (test/fixtures/personas/*.json) run through the CLI in-process: the
 * coach points at the right people, in the right order, in both languages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

interface Persona {
  lang: 'en' | 'ja';
  answers: Record<string, unknown>;
  steps: string[][];
}
interface Review {
  findings: { rule: string; severity: string; message: string; people: { name: string }[] }[];
  moves: string[];
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'personas');

/** Builds the persona's network in a fresh db and returns a runner bound to it. */
export async function persona(name: string) {
  const p = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Persona;
  const dir = tempDir();
  const env = {
    REL_DB: join(dir, 'rel.db'),
    REL_CONFIG: join(dir, 'config.json'),
    REL_NOW: '2026-11-22',
    REL_LANG: p.lang,
  };
  const run = async (...argv: string[]) => {
    const r = await runCli(argv, env);
    expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0);
    return r;
  };
  writeFileSync(join(dir, 'answers.json'), JSON.stringify(p.answers));
  const onboard = await run('onboard', '--answers', join(dir, 'answers.json'));
  for (const step of p.steps) await run(...step);
  const review = JSON.parse((await run('review', '--json')).out) as Review;
  return { run, review, onboard };
}

const about = (r: Review, name: string) => r.findings.filter((f) => f.people.some((p) => p.name === name));
const rules = (r: Review, name: string) => about(r, name).map((f) => f.rule);

describe('the junior web engineer going freelance', () => {
  it("go-deep picks people with history, never last Friday's cards; the gives are about Aiko's launch", async () => {
    const { review } = await persona('freelancer');
    const deep = review.findings.find((f) => f.rule === 'go-deep')!;
    expect(deep.people.map((p) => p.name)).toEqual(['Mina Saito', 'Aiko Tanaka', 'Kenta Mori']);
    for (const card of ['Card A', 'Card B', 'Card C']) expect(rules(review, card)).not.toContain('go-deep');
    expect(review.findings.find((f) => f.rule === 'small-gives')!.message).toContain('course launch 1 Dec');
    expect(review.moves.join('\n')).not.toMatch(/Card [ABC]/);
  });
});

describe('the insurance salesperson (Japanese)', () => {
  it('warns about both sales as critical, never thanks for a sale, and counts the mixers once', async () => {
    const { review, onboard } = await persona('salesperson');
    expect(onboard.out).toContain('営業のお仕事とのことなので');
    expect(
      review.findings.filter((f) => f.rule === 'slash-and-burn').map((f) => [f.severity, f.people[0]!.name]),
    ).toEqual([
      ['critical', '藤田 直樹'],
      ['critical', '山口 健'],
    ]);
    for (const name of ['藤田 直樹', '山口 健']) {
      expect(rules(review, name)).not.toContain('taking-more-than-giving');
      expect(rules(review, name)).not.toContain('give-first');
    }
    expect(review.findings.map((f) => f.message).join('\n')).not.toMatch(/保険の契約」のお礼/);
    expect(review.findings.find((f) => f.rule === 'mixer-for-networking')!.message).toMatch(
      /5回参加し、25,000円と15時間/,
    );
    expect(review.findings.find((f) => f.rule === 'wide-not-deep')!.severity).toBe('warning');
    expect(rules(review, '山口 健')).toContain('progress');
  });
});

describe('the generous senior', () => {
  it('needs no push to go deep; says whom not to count on; thanks the junior who came with a project', async () => {
    const { review } = await persona('senior');
    expect(review.findings.map((f) => f.rule)).not.toContain('go-deep');
    expect(rules(review, 'Sho Silent')).toEqual(['one-sided']);
    expect(rules(review, 'Goro Pushy')).toEqual(['dont-force']);
    expect(about(review, 'Ren Young').map((f) => [f.rule, f.severity])).toContainEqual([
      'taking-more-than-giving',
      'tip',
    ]);
    expect(about(review, 'Ren Young').filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('the header names two of the five new deep ties and says there are more', async () => {
    const { run } = await persona('senior');
    const text = (await run('review', '--no-color')).out;
    expect(text.replace(/\n +/g, ' ')).toMatch(/deep ties \+5 \(Emi Kato, Jun Ito, …\)/);
    expect(text).not.toMatch(/Jun\n/);
  });
});

describe('a network started today', () => {
  it('has no "since <date>" row: there is nothing from back then to compare with', async () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_CONFIG: join(dir, 'c.json'), REL_NOW: '2026-11-22' };
    await runCli(['add', 'Ken Sato'], env);
    await runCli(['give', 'Ken Sato', 'coffee'], env);
    const text = (await runCli(['review', '--no-color'], env)).out;
    expect(text).toContain('gives : takes');
    expect(text).not.toMatch(/^ {2}since /m);
    const { run } = await persona('senior');
    expect((await run('review', '--no-color')).out).toMatch(/^ {2}since 24 Aug/m);
  });
});
