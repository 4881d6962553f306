/**
 * Fingerprints of the source articles, so a test can prove that no sentence of them is in src/
 * without the project holding their text. Every 15-character run of an article (NFKC, whitespace
 * removed, runs of only ASCII, digits or punctuation skipped) is hashed to 48 bits; the sorted hashes
 * go to test/fixtures/article-windows.txt. Runs inside an article's published title (the table of the
 * folder's README.md) are left out: rel cites the articles by title.
 *
 *   node scripts/article-windows.mjs ../shared/articles
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RUN = 15;
export const FIXTURE = new URL('../test/fixtures/article-windows.txt', import.meta.url);

/** NFKC (so （ and ( are one character) with every kind of white space removed. */
export const normalise = (text) => [...text.normalize('NFKC').replace(/\s+/gu, '')];

/** A run worth checking: it holds at least one letter that is not ASCII (kana, kanji, …). */
export const meaningful = (chars) => chars.some((c) => /[^\p{ASCII}]/u.test(c) && /[\p{L}\p{N}]/u.test(c));

export const hash = (run) => createHash('sha256').update(run).digest('base64url').slice(0, 8);

/** Every meaningful run of `RUN` characters of `text`, with its offset in the normalised text. */
export function* runs(text) {
  const chars = normalise(text);
  for (let i = 0; i + RUN <= chars.length; i++) {
    const run = chars.slice(i, i + RUN);
    if (meaningful(run)) yield { at: i, run: run.join('') };
  }
}

/** The titles in the README's table: | id | file | title | stance |. */
export const titles = (readme) =>
  [...readme.matchAll(/^\|\s*A\d+\s*\|[^|]*\|([^|]+)\|/gmu)].map((m) => normalise(m[1].trim()).join(''));

export function fingerprints(texts, titles) {
  const out = new Set();
  for (const t of texts)
    for (const { run } of runs(t)) if (!titles.some((x) => x.includes(run))) out.add(hash(run));
  return [...out].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '../shared/articles';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const named = titles(readFileSync(join(dir, 'README.md'), 'utf8'));
  const hashes = fingerprints(
    files.map((f) => readFileSync(join(dir, f), 'utf8')),
    named,
  );
  writeFileSync(
    FIXTURE,
    `# 48-bit fingerprints of every 15-character run of the ${files.length} source articles (scripts/article-windows.mjs)\n${hashes.join('\n')}\n`,
  );
  process.stdout.write(`${hashes.length} fingerprints from ${files.length} articles\n`);
}
