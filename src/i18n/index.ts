/** Typed message catalogues. English is the shape; Japanese must match it key for key. */
import { cli as enCli } from './en/cli.js';
import { errors as enErrors } from './en/errors.js';
import { format as enFormat } from './en/format.js';
import { onboard as enOnboard } from './en/onboard.js';
import { remind as enRemind } from './en/remind.js';
import { report as enReport } from './en/report.js';
import { review as enReview } from './en/review.js';
import { ruleDocs as enRuleDocs, rulesText as enRulesText } from './en/rule-docs.js';
import { cli as jaCli } from './ja/cli.js';
import { errors as jaErrors } from './ja/errors.js';
import { format as jaFormat } from './ja/format.js';
import { onboard as jaOnboard } from './ja/onboard.js';
import { remind as jaRemind } from './ja/remind.js';
import { report as jaReport } from './ja/report.js';
import { review as jaReview } from './ja/review.js';
import { ruleDocs as jaRuleDocs, rulesText as jaRulesText } from './ja/rule-docs.js';
import { vocabJa } from './ja/vocab.js';
import type { Lang } from '../domain/types.js';

export type { Lang };
export { LANGS, langFromEnv, parseLang } from './lang.js';

const vocabEn = (id: string): string => id;
const vocabJaLabel = (id: string): string => vocabJa[id] ?? id;

export const en = {
  errors: enErrors,
  cli: enCli,
  format: enFormat,
  review: enReview,
  onboard: enOnboard,
  remind: enRemind,
  report: enReport,
  ruleDocs: enRuleDocs,
  rulesText: enRulesText,
  vocab: vocabEn,
};
export type Catalog = typeof en;
export const ja: Catalog = {
  errors: jaErrors,
  cli: jaCli,
  format: jaFormat,
  review: jaReview,
  onboard: jaOnboard,
  remind: jaRemind,
  report: jaReport,
  ruleDocs: jaRuleDocs,
  rulesText: jaRulesText,
  vocab: vocabJaLabel,
};

export type ErrorKey = keyof typeof enErrors;
export type ErrorData<K extends ErrorKey> = Parameters<(typeof enErrors)[K]>[0];

export function catalog(lang: Lang): Catalog {
  return lang === 'ja' ? ja : en;
}

export function formatError<K extends ErrorKey>(t: Catalog, key: K, data: ErrorData<K>): string {
  const fn = t.errors[key] as (d: ErrorData<K>) => string;
  return fn(data);
}
