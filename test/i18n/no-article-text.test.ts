/**
 * No sentence of the five source articles is in src/: no 15-character run of any article (NFKC,
 * white space removed, runs of only ASCII, digits or punctuation skipped) appears in any file under
 * src/. The project holds only 48-bit fingerprints of the articles' runs
 * (test/fixtures/article-windows.txt, made by scripts/article-windows.mjs), never their text.
 * Runs inside an article's published title are not fingerprinted: rel cites the articles by title.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fingerprints, hash, RUN, runs, titles } from '../../scripts/article-windows.mjs';

const root = join(import.meta.dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
const stored = new Set(
  readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#')),
);

/** Every run of `text` whose fingerprint is an article's, merged into the longest stretches. */
function copied(text: string, prints: Set<string>): string[] {
  const hits: string[] = [];
  let last = -2;
  for (const { at, run } of runs(text)) {
    if (!prints.has(hash(run))) continue;
    if (at === last + 1) hits[hits.length - 1] += run.slice(-1);
    else hits.push(run);
    last = at;
  }
  return hits;
}

describe('no article text in the project', () => {
  it('holds the fingerprints of every article', () => {
    expect(stored.size).toBeGreaterThan(10000);
    for (const h of stored) expect(h).toMatch(/^[A-Za-z0-9_-]{8}$/);
  });

  it('finds no 15-character run of an article in any file under src/', () => {
    const found: Record<string, string[]> = {};
    for (const file of files(join(root, 'src'))) {
      const hits = copied(readFileSync(file, 'utf8'), stored);
      if (hits.length) found[relative(root, file)] = hits;
    }
    expect(found).toEqual({});
  });

  it('would catch a copied run, even re-spaced, re-wrapped or with half-width brackets', () => {
    const article = '見出し\n人脈は、（時間をかけて）育てていくものだと私は考えています。\nほかの話。';
    const prints = new Set(fingerprints([article], []));
    const pasted = `const s = '人脈は、(時間をかけて)育てていく\n  ものだと私は';`;
    expect(copied(pasted, prints)).toEqual(['人脈は、(時間をかけて)育てていくものだと私は']);
    expect(copied('人脈は、時間をかけて、ゆっくり育つものです。', prints)).toEqual([]);
    // A run that sits inside an article's title may be cited.
    expect(fingerprints([article], ['見出し人脈は、(時間をかけて)育てていくものだと']).length).toBeLessThan(
      prints.size,
    );
  });

  it('skips runs of only ASCII, digits and punctuation', () => {
    const prints = new Set(fingerprints(['rel give "Aiko" "sent the slides" --kind feedback'], []));
    expect(prints.size).toBe(0);
    expect(RUN).toBe(15);
  });

  const articles = join(root, '..', 'shared', 'articles');
  it.runIf(existsSync(join(articles, 'README.md')))(
    'the fingerprints match the articles next to the project (when they are there)',
    () => {
      const names = readdirSync(articles).filter((f) => f.endsWith('.txt'));
      const fresh = fingerprints(
        names.map((f) => readFileSync(join(articles, f), 'utf8')),
        titles(readFileSync(join(articles, 'README.md'), 'utf8')),
      );
      expect(new Set(fresh)).toEqual(stored);
    },
  );
});
