/** The Japanese catalogue, matching the English one key for key (the Catalog type checks it). */
import type { en } from '../en/catalog.js';
import { cli } from './cli.js';
import { dates } from './dates.js';
import { errors } from './errors.js';
import { format } from './format.js';
import { onboard } from './onboard.js';
import { remind } from './remind.js';
import { report } from './report.js';
import { review } from './review.js';
import { ruleDocs, rulesText } from './rule-docs.js';
import { sync } from './sync.js';
import { vocabJa } from './vocab.js';

export const ja: typeof en = {
  errors,
  cli,
  format,
  review,
  onboard,
  remind,
  report,
  dates,
  ruleDocs,
  rulesText,
  vocab: (id: string): string => vocabJa[id] ?? id,
  sync,
};
