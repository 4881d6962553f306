/** Which language to speak: parsing --lang, REL_LANG and the locale. No message catalogue here. */
import type { Lang } from '../domain/types.js';

export const LANGS: readonly Lang[] = ['en', 'ja'];

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
