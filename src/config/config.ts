/**
 * The user's settings file (JSON in the config dir): per-rule on/off and thresholds, and the currency
 * money is shown in. Read and written whole; a bad file is refused with a clear message.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { makeDirs } from '../dirs.js';
import { dirname } from 'node:path';
import { DataError } from '../errors.js';
import type { RulesConfig } from '../rules/engine.js';

export interface Config {
  currency: string;
  rules: RulesConfig;
}

export const DEFAULT_CONFIG: Config = { currency: 'JPY', rules: {} };

export function loadConfig(path: string): Config {
  if (!existsSync(path)) return structuredClone(DEFAULT_CONFIG);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataError('configBad', { path, detail: (e as Error).message });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DataError('configBad', { path, detail: 'not a JSON object' });
  const obj = raw as Partial<Config>;
  return {
    currency: typeof obj.currency === 'string' ? obj.currency : DEFAULT_CONFIG.currency,
    rules: typeof obj.rules === 'object' && obj.rules !== null ? obj.rules : {},
  };
}

/** Written to a temp file then renamed, so a crash never leaves half a file. */
export function saveConfig(path: string, config: Config): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    makeDirs(dirname(path));
    writeFileSync(tmp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  } catch (e) {
    throw new DataError('configCantWrite', { path, detail: (e as Error).message });
  }
}
