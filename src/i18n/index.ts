/** Typed message catalogues. English is the shape; Japanese must match it key for key. */
import { cli as enCli } from './en/cli.js';
import { dates as enDates } from './en/dates.js';
import { errors as enErrors } from './en/errors.js';
import { format as enFormat } from './en/format.js';
import { onboard as enOnboard } from './en/onboard.js';
import { remind as enRemind } from './en/remind.js';
import { report as enReport } from './en/report.js';
import { review as enReview } from './en/review.js';
import { ruleDocs as enRuleDocs, rulesText as enRulesText } from './en/rule-docs.js';
import { cli as jaCli } from './ja/cli.js';
import { dates as jaDates } from './ja/dates.js';
import { errors as jaErrors } from './ja/errors.js';
import { format as jaFormat } from './ja/format.js';
import { onboard as jaOnboard } from './ja/onboard.js';
import { remind as jaRemind } from './ja/remind.js';
import { report as jaReport } from './ja/report.js';
import { review as jaReview } from './ja/review.js';
import { ruleDocs as jaRuleDocs, rulesText as jaRulesText } from './ja/rule-docs.js';
import { vocabJa } from './ja/vocab.js';
import { sync as enSync } from './en/sync.js';
import { sync as jaSync } from './ja/sync.js';
import type { Lang } from '../domain/types.js';
import { visibleDeep } from '../output/visible.js';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'ja'];

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
  dates: enDates,
  ruleDocs: enRuleDocs,
  rulesText: enRulesText,
  vocab: vocabEn,
  sync: enSync,
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
  dates: jaDates,
  ruleDocs: jaRuleDocs,
  rulesText: jaRulesText,
  vocab: vocabJaLabel,
  sync: jaSync,
};

export type ErrorKey = keyof typeof enErrors;
export type ErrorData<K extends ErrorKey> = Parameters<(typeof enErrors)[K]>[0];

export function catalog(lang: Lang): Catalog {
  return lang === 'ja' ? ja : en;
}

export function parseLang(value: string | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (
    v === 'ja' ||
    v.startsWith('ja_') ||
    v.startsWith('ja-') ||
    v.startsWith('ja.') ||
    v === 'japanese' ||
    v === '日本語'
  )
    return 'ja';
  if (v === 'en' || v.startsWith('en_') || v.startsWith('en-') || v === 'english') return 'en';
  return undefined;
}

/** REL_LANG, then the locale variables in POSIX order; undefined when none speaks. */
export function langFromEnv(env: NodeJS.ProcessEnv): { explicit?: Lang; locale: Lang } {
  const explicit = parseLang(env.REL_LANG);
  const localeVar = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const locale: Lang = localeVar.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  return explicit ? { explicit, locale } : { locale };
}

export function formatError<K extends ErrorKey>(t: Catalog, key: K, data: ErrorData<K>): string {
  const fn = t.errors[key] as (d: ErrorData<K>) => string;
  // Error messages quote what was typed or read: never let it carry a terminal escape.
  return fn(visibleDeep(data));
}
