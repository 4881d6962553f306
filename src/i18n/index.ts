/**
 * Typed message catalogues. English is the shape; Japanese must match it key for key. Both are
 * loaded here (for code that may speak either); the start-up path loads one (i18n/load.ts).
 */
import { en } from './en/catalog.js';
import type { errors as enErrors } from './en/errors.js';
import { ja } from './ja/catalog.js';
import type { Lang } from '../domain/types.js';
import { visibleDeep } from '../domain/visible.js';

export type { Lang };
export { LANGS, langFromEnv, parseLang } from './lang.js';
export { en, ja };
export type Catalog = typeof en;

export type ErrorKey = keyof typeof enErrors;
export type ErrorData<K extends ErrorKey> = Parameters<(typeof enErrors)[K]>[0];

export function catalog(lang: Lang): Catalog {
  return lang === 'ja' ? ja : en;
}

export function formatError<K extends ErrorKey>(t: Catalog, key: K, data: ErrorData<K>): string {
  const fn = t.errors[key] as (d: ErrorData<K>) => string;
  // Error messages quote what was typed or read: never let it carry a terminal escape.
  return fn(visibleDeep(data));
}
