/// <reference lib="dom" />
/**
 * The report in a real browser: it loads with no console error and no network request, each chart
 * holds its data, it fits a phone, and it prints on A4.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { report } from '../../src/commands/report.js';
import { review } from '../../src/commands/review.js';
import type { ReportData } from '../../src/domain/report.js';
import { testEnv } from '../helpers/db.js';
import { hasChromium, launch, NO_CHROMIUM } from '../helpers/chromium.js';

const NOW = '2026-11-22';

if (!hasChromium) {
  console.warn(`report in a browser: ${NO_CHROMIUM}`);
  describe('the report in a headless browser', () => it.skip(NO_CHROMIUM, () => {}));
}

describe.skipIf(!hasChromium)(
  'the report in a headless browser (Debian chromium)',
  { timeout: 120_000 },
  () => {
    let browser: { context: BrowserContext; close: () => Promise<void> };
    beforeAll(async () => {
      browser = await launch();
    }, 120_000);
    afterAll(async () => browser?.close());

    async function open(lang: 'en' | 'ja', viewport = { width: 1000, height: 900 }) {
      const env = testEnv({ now: NOW, lang });
      loadDemo(env.db, demoData(), NOW, lang, `${NOW}T00:00:00.000Z`);
      const { path } = await report({ html: true, out: `report-${lang}.html` }, env.deps);
      const url = pathToFileURL(path).href;
      const page: Page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(url, { waitUntil: 'load' });
      const html = readFileSync(path, 'utf8');
      const data = JSON.parse(
        /<script type="application\/json" id="rel-data">(.*?)<\/script>/s.exec(html)![1]!,
      ) as ReportData;
      return { page, url, errors, requests, data, deps: env.deps };
    }

    it('loads with no console error and requests nothing but itself', async () => {
      const { page, url, errors, requests } = await open('en');
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      await page.close();
    });

    it('every chart is drawn with its data', async () => {
      const { page, data, deps } = await open('en');
      const values = (sel: string) =>
        page.$$eval(sel, (els) => els.map((e) => Number(e.getAttribute('data-value'))));
      // Gives and takes: a bar per month and series, each the month's count, visibly tall when non-zero.
      expect(await values('[data-chart=monthly] rect.bar.gives')).toEqual(data.monthly.map((m) => m.gives));
      expect(await values('[data-chart=monthly] rect.bar.takes')).toEqual(data.monthly.map((m) => m.takes));
      const heights = await page.$$eval('[data-chart=monthly] rect.bar', (els) =>
        els.map((e) => [Number(e.getAttribute('data-value')), e.getBoundingClientRect().height] as const),
      );
      for (const [v, h] of heights) expect(v === 0 ? h === 0 : h > 0).toBe(true);
      expect(data.monthly.reduce((a, m) => a + m.gives, 0)).toBeGreaterThan(10);
      // Deep ties and shallow contacts: a point per month on each line.
      expect(await values('[data-chart=ties] circle.point.deep')).toEqual(data.ties.map((t) => t.deep));
      expect(await values('[data-chart=ties] circle.point.shallow')).toEqual(data.ties.map((t) => t.shallow));
      expect(data.ties.at(-1)).toMatchObject({ day: NOW });
      // Circles: a dot for every person met, on the ring of their circle, coloured by how overdue.
      const dots = await page.$$eval('[data-chart=rings] circle.dot', (els) =>
        els.map(
          (e) => `${e.getAttribute('data-ring')}:${e.getAttribute('data-state')}:${getComputedStyle(e).fill}`,
        ),
      );
      expect(dots).toHaveLength(data.rings.reduce((a, r) => a + r.people.length, 0));
      expect(new Set(dots.filter((d) => d.includes(':late:')).map((d) => d.split(':')[2]))).toEqual(
        new Set(['rgb(194, 59, 59)']),
      );
      // Introductions: every introducer and introduced person drawn, the unthanked marked.
      const intros = data.graph.edges.filter((e) => e.kind === 'introduced');
      expect(await page.$$eval('[data-chart=intros] line.edge', (els) => els.length)).toBe(intros.length);
      expect(await page.$$eval('[data-chart=intros] g.node.unthanked', (els) => els.length)).toBe(
        data.unthanked.length,
      );
      expect(await page.textContent('ul.unthanked')).toContain('Hiroshi Sato');
      // Events by kind: a row per kind with its numbers.
      const rows = await page.$$eval('[data-chart=events] tbody tr', (els) =>
        els.map((e) => [e.getAttribute('data-kind'), Number(e.getAttribute('data-met'))]),
      );
      expect(rows).toEqual(data.events.map((e) => [e.kind, e.met]));
      // Findings and moves: the review's.
      const rv = await review({}, deps);
      expect(await page.$$eval('.findings li', (els) => els.length)).toBe(rv.shown.length);
      expect(await page.$$eval('.moves li', (els) => els.map((e) => e.textContent))).toEqual(rv.moves);
      await page.close();
    });

    it('fits a phone screen in Japanese: nothing wider than the screen but the scrollable graph', async () => {
      const { page, errors } = await open('ja', { width: 390, height: 844 });
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await page.textContent('h1')).toBe('あなたの人脈');
      const chartWidth = await page.$eval('[data-chart=monthly]', (e) => e.getBoundingClientRect().width);
      expect(chartWidth).toBeGreaterThan(300);
      await page.close();
    });

    it('prints on A4: the print styles apply and a PDF comes out', async () => {
      const { page } = await open('en');
      await page.emulateMedia({ media: 'print' });
      expect(await page.$eval('details', (e) => getComputedStyle(e).display)).toBe('none');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(8);
      await page.close();
    });
  },
);
