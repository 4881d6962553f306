import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { report } from '../../src/commands/report.js';
import { review } from '../../src/commands/review.js';
import { setProfile } from '../../src/db/repos/profile.js';
import { catalog } from '../../src/i18n/index.js';
import { tempDir, testEnv } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

const NOW = '2026-11-22';
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function demoEnv(lang: 'en' | 'ja' = 'en') {
  const env = testEnv({ now: NOW, lang });
  loadDemo(env.db, demoData(), NOW, lang, `${NOW}T00:00:00.000Z`);
  return env;
}

describe('rel report --html', () => {
  it('writes one private, self-contained page with every section and the review of the same day', async () => {
    const { deps } = demoEnv();
    const r = await report({ html: true, out: 'mine.html' }, deps);
    expect(r.path).toBe(join(deps.cwd, 'mine.html'));
    expect(statSync(r.path).mode & 0o777).toBe(0o600);
    const html = readFileSync(r.path, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    for (const id of ['monthly', 'ties', 'rings', 'intros', 'events', 'findings'])
      expect(html).toContain(`<section id="${id}">`);
    // Nothing to fetch: no URL, no src, no link element, no script that runs.
    expect(html).not.toMatch(/https?:|\/\/[a-z]|\bsrc=|<link|<img|@import|url\((?!#)/i);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/json" id="rel-data">']);
    // The findings (the review's default view) and next moves are the review's, word for word.
    const rv = await review({}, deps);
    const text = unescape(html);
    for (const f of rv.shown) expect(text).toContain(f.message);
    for (const m of rv.moves) expect(text).toContain(m);
    expect(rv.shown.length).toBeGreaterThan(3);
    if (rv.hidden > 0) expect(text).toContain(`${rv.hidden} more findings: rel review --all`);
    // The summary compares with 90 days ago.
    expect(text).toContain(
      `was ${rv.metrics.previous.givesToTakes[0]} : ${rv.metrics.previous.givesToTakes[1]} 90 days ago`,
    );
    // The embedded data is the data drawn: 24 months, and every person with a met date in a ring.
    const data = JSON.parse(
      /<script type="application\/json" id="rel-data">(.*?)<\/script>/s.exec(html)![1]!,
    ) as {
      monthly: unknown[];
      rings: { people: unknown[] }[];
    };
    expect(data.monthly).toHaveLength(24);
    const met = deps.db.prepare('SELECT count(*) FROM people WHERE met_on IS NOT NULL').pluck().get();
    expect(data.rings.flatMap((x) => x.people)).toHaveLength(met as number);
  });

  it('an existing file it writes over (with --force) becomes private too; an earlier report needs none', async () => {
    const { deps } = testEnv({ now: NOW });
    const path = join(deps.cwd, 'old.html');
    writeFileSync(path, 'old', { mode: 0o644 });
    chmodSync(path, 0o644);
    await expect(report({ out: 'old.html' }, deps)).rejects.toThrow(
      expect.objectContaining({ key: 'outRefused' }),
    );
    expect(readFileSync(path, 'utf8')).toBe('old');
    await report({ out: 'old.html', force: true }, deps);
    await report({ out: 'old.html' }, deps);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain('<!doctype html>');
  });

  it('speaks Japanese when the user does', async () => {
    const { deps } = demoEnv('ja');
    const r = await report({ out: 'ja.html' }, deps);
    const html = readFileSync(r.path, 'utf8');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain(`<h2>${catalog('ja').report.monthlyTitle()}</h2>`);
    expect(html).toContain('あなたの輪');
    expect(html).not.toContain('Gives and takes');
    // Tooltips and ring labels in Japanese punctuation: a full-width colon and brackets.
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles.filter((x) => x.includes('ギブ')).length).toBeGreaterThan(0);
    expect(titles.filter((x) => /: |\(/.test(x))).toEqual([]);
    expect(html).toMatch(/class="ring-label"[^>]*>[^<]+（\d+人）</);
  });

  it('escapes names: a person called <script> stays text', async () => {
    const { deps } = testEnv({ now: NOW });
    await add({ name: '<script>alert(1)</script> "Bo" & Co', date: '2026-01-01', circle: 'inner' }, deps);
    setProfile(deps.db, { goal: '</title><b>bold</b>' });
    const html = readFileSync((await report({ out: 'x.html' }, deps)).path, 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;Bo&quot; &amp; Co');
  });

  it('an empty network still gives a page that says how to start', async () => {
    const { deps } = testEnv({ now: NOW });
    const html = readFileSync((await report({}, deps)).path, 'utf8');
    expect(existsSync(join(deps.cwd, `rel-report-${NOW}.html`))).toBe(true);
    expect(unescape(html)).toContain(catalog('en').report.noIntros());
    expect(html).toContain(catalog('en').report.noEvents());
  });
});

describe('rel report through the CLI', () => {
  function setup() {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db'), REL_NOW: NOW, XDG_CONFIG_HOME: join(dir, 'cfg'), HOME: dir };
    return { dir, env };
  }

  it('--open starts xdg-open on the file, only when asked', async () => {
    const { dir, env } = setup();
    await runCli(['add', 'Aiko Tanaka', '--date', '2026-01-01'], env);
    const log = join(dir, 'opened.txt');
    const fake = join(dir, 'xdg-open');
    writeFileSync(fake, `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`);
    chmodSync(fake, 0o755);
    const path = { PATH: `${dir}:${process.env.PATH ?? ''}` };
    const quiet = await runCli(['report', '--html', '--out', join(dir, 'a.html')], { ...env, ...path });
    expect(quiet.code).toBe(0);
    expect(quiet.out).toContain(`wrote your report to ${join(dir, 'a.html')}`);
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(log)).toBe(false);
    const r = await runCli(['report', '--html', '--out', join(dir, 'b.html'), '--open'], { ...env, ...path });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`opening it with ${fake}`);
    for (let i = 0; i < 50 && !existsSync(log); i++) await new Promise((res) => setTimeout(res, 100));
    expect(readFileSync(log, 'utf8')).toBe(join(dir, 'b.html'));
  });

  it('--open without an opener says so, and the file is still written', async () => {
    const { dir, env } = setup();
    const r = await runCli(['report', '--out', join(dir, 'c.html'), '--open'], {
      ...env,
      PATH: join(dir, 'empty'),
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('found no xdg-open or open');
    expect(existsSync(join(dir, 'c.html'))).toBe(true);
  });

  it('an --out in a folder that does not exist is a clear error, exit 1, nothing written', async () => {
    const { dir, env } = setup();
    const r = await runCli(['report', '--html', '--out', join(dir, 'nope', 'r.html')], env);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `cannot write ${join(dir, 'nope', 'r.html')} (no such folder, ENOENT); nothing was written.`,
    );
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('graph --json prints the graph itself, and a bad --format exits 2 listing the formats', async () => {
    const { env } = setup();
    await runCli(['add', 'Ken Sato', '--date', '2026-01-01'], env);
    await runCli(['intro', 'Ken Sato', 'Yumi Ono', '--date', '2026-11-01'], env);
    const j = await runCli(['graph', '--json'], env);
    expect(JSON.parse(j.out)).toMatchObject({ nodes: [{ name: 'Ken Sato' }, { name: 'Yumi Ono' }] });
    const bad = await runCli(['graph', '--format', 'png'], env);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format: "png" is not one of the valid values: dot, mermaid, json.');
  });
});
