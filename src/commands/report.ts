/** `rel report --html`: one self-contained HTML page of your network and your progress. */
import { resolve } from 'node:path';
import { metricWindows } from '../coach/index.js';
import { loadHistory } from '../db/history.js';
import { reportData } from '../domain/report.js';
import { makeFmt } from '../i18n/fmt.js';
import { reportHtml } from '../io/html/page.js';
import type { Deps } from './support/deps.js';
import { writePrivateFile } from '../io/private-file.js';
import { review } from './review.js';

export interface ReportOptions {
  html?: boolean;
  out?: string;
  open?: boolean;
  /** Replace an existing file that is not a report rel wrote. */
  force?: boolean;
}

export interface ReportResult {
  path: string;
  bytes: number;
  /** The opener started with --open; null when not asked or none was found. */
  openedWith: string | null;
  openRequested: boolean;
}

export async function report(opts: ReportOptions, deps: Deps): Promise<ReportResult> {
  // The findings and next moves come from the review itself, exactly as `rel review` shows them.
  const r = await review({}, deps);
  const data = reportData(loadHistory(deps.db, deps.today), deps.today, metricWindows(deps.config.rules));
  const html = reportHtml(data, r, deps.t, makeFmt(deps.lang, deps.today, deps.config.currency));
  const path = resolve(deps.cwd, opts.out ?? `rel-report-${deps.today}.html`);
  // The shared private-file writer: 0600, atomic, never over the db or a link; an earlier rel report
  // (recognised by its generator line) is replaced, anything else needs --force.
  await writePrivateFile(path, html, {
    dbPath: deps.dbPath,
    force: opts.force === true,
    ownFile: isRelReport,
  });
  // --open is carried out by the CLI layer, which may read PATH (cli/program-data.ts).
  return { path, bytes: Buffer.byteLength(html), openedWith: null, openRequested: opts.open === true };
}

/** A page `rel report` wrote: its first lines say so. */
const isRelReport = (head: string): boolean =>
  head.startsWith('<!doctype html>') && head.includes('<meta name="generator" content="rel">');
