/**
 * better-sqlite3's JavaScript. Loaded with require(), not import: it is CommonJS, and Node loads it
 * faster this way. The lean start-up bundle (scripts/bundle.mjs) replaces this file with a plain
 * require() that esbuild bundles, so `rel give` does not search node_modules for it on every run.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const Database = require('better-sqlite3') as typeof import('better-sqlite3');
/** better-sqlite3 as installed in node_modules (here the same; the bundle's copy differs). */
export const installedDatabase = (): typeof Database => Database;
/** better-sqlite3's package.json, as Node resolves it from here. */
export const sqlitePackage = (): string => require.resolve('better-sqlite3/package.json');
