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
  const problem = invalid(raw as Record<string, unknown>);
  if (problem) throw new DataError('configBad', { path, detail: problem });
  const obj = raw as Partial<Config>;
  return {
    currency: obj.currency ?? DEFAULT_CONFIG.currency,
    rules: obj.rules ?? {},
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checked when loaded, as `rel config set` checks a value: a hand-edited file with a wrong type
 * would otherwise reach the rules. Returns what is wrong, by path, or undefined.
 */
function invalid(o: Record<string, unknown>): string | undefined {
  for (const k of Object.keys(o)) if (k !== 'currency' && k !== 'rules') return `"${k}" is not a setting`;
  if (o.currency !== undefined && (typeof o.currency !== 'string' || !/^[A-Z]{3}$/.test(o.currency)))
    return '"currency" must be a currency code such as JPY, USD or EUR';
  if (o.rules === undefined) return undefined;
  if (!isObject(o.rules)) return '"rules" must be an object';
  for (const [id, r] of Object.entries(o.rules)) {
    if (!isObject(r)) return `"rules.${id}" must be an object`;
    for (const [k, v] of Object.entries(r)) {
      if (k === 'enabled' ? typeof v !== 'boolean' : typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        return `"rules.${id}.${k}" must be ${k === 'enabled' ? 'true or false' : 'a number ≥ 0'}`;
    }
  }
  return undefined;
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
