/** What every text formatter gets besides the result: the words, today, colours and the width. */
import type { Catalog, Lang } from '../i18n/index.js';
import type { Theme } from './theme.js';

export interface TextCtx {
  t: Catalog;
  today: string;
  theme: Theme;
  lang: Lang;
  currency: string;
  /** Columns to wrap to: the terminal's when stdout is one (see cli/context.ts), else 80. */
  width: number;
}
