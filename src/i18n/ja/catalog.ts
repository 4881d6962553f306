/**
 * The Japanese catalogue alone, for the start-up path that needs one language (i18n/load.ts). It
 * mirrors `ja` in i18n/index.ts: the Catalog type makes a section added there fail to compile here.
 */
import type { Catalog } from '../index.js';
import { cli } from './cli.js';
import { errors } from './errors.js';
import { format } from './format.js';
import { onboard } from './onboard.js';
import { remind } from './remind.js';
import { report } from './report.js';
import { review } from './review.js';
import { ruleDocs, rulesText } from './rule-docs.js';
import { vocabJa } from './vocab.js';

export const ja: Catalog = {
  errors,
  cli,
  format,
  review,
  onboard,
  remind,
  report,
  ruleDocs,
  rulesText,
  vocab: (id: string): string => vocabJa[id] ?? id,
};
