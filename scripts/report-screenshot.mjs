// Takes the README's screenshot of the demo's report: `rel demo --keep`, `rel report --html`, then
// Debian's chromium (through playwright-core) photographs the page. usage: node scripts/report-screenshot.mjs
// (build first). Writes docs/report-demo.png (desktop) and docs/report-demo-phone.png.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'rel.js');
const work = mkdtempSync(join(tmpdir(), 'rel-shot-'));
const env = { ...process.env, REL_NOW: '2026-11-22', REL_LANG: 'en', NO_COLOR: '1', XDG_CONFIG_HOME: work };
const rel = (...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`rel ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const kept = /kept at (\S+demo\.db)/.exec(rel('demo', '--keep').replace(/\n/g, ' '));
if (!kept) throw new Error('rel demo --keep printed no path');
const db = kept[1];
const html = join(work, 'report.html');
rel('--db', db, 'report', '--html', '--out', html);

const profile = join(work, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.REL_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  offline: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 960, height: 900 });
  await page.goto(`file://${html}`);
  await page.screenshot({ path: join(root, 'docs', 'report-demo.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(root, 'docs', 'report-demo-phone.png') });
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(db), { recursive: true, force: true });
}
console.log('wrote docs/report-demo.png and docs/report-demo-phone.png');
