/** `rel report --html`: one self-contained HTML page of your network and your progress. */
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataError } from '../errors.js';
import { metricWindows } from '../coach/index.js';
import { loadHistory } from '../db/history.js';
import { reportData } from '../domain/report.js';
import { makeFmt } from '../i18n/fmt.js';
import { reportHtml } from '../io/html/page.js';
import type { Deps } from './deps.js';
import { writeExportFile } from './export.js';
import { review } from './review.js';

export interface ReportOptions {
  html?: boolean;
  out?: string;
  open?: boolean;
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
  // Until the shared private-file writer lands: the export's writer (0600 when it creates the
  // file), then 0600 for a file that was already there too.
  writeExportFile(path, html);
  try {
    chmodSync(path, 0o600);
  } catch (e) {
    throw new DataError('cannotWrite', { path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  // --open is carried out by the CLI layer, which may read PATH (cli/program-data.ts).
  return { path, bytes: Buffer.byteLength(html), openedWith: null, openRequested: opts.open === true };
}
