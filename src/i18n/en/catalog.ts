/**
 * The English catalogue: its shape is the Catalog type every language matches key for key. Loaded
 * alone on the start-up path (i18n/load.ts): a command speaks one language, so it loads one.
 */
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

export const en = {
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
  vocab: (id: string): string => id,
  sync,
};
