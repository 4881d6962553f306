/** One language's catalogue, loaded on demand: a command speaks one language, so it loads one. */
import type { Catalog, Lang } from './index.js';

export async function loadCatalog(lang: Lang): Promise<Catalog> {
  return lang === 'ja' ? (await import('./ja/catalog.js')).ja : (await import('./en/catalog.js')).en;
}
