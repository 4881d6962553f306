/** `rel config`: read and change settings (rule switches and thresholds, currency). */
import { saveConfig, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { optionsFor } from '../rules/engine.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import type { Deps } from './support/deps.js';
import { findRule } from './rules.js';

export interface ConfigOptions {
  action?: 'get' | 'set' | 'unset' | 'list' | undefined;
  key?: string | undefined;
  value?: string | undefined;
}

export interface ConfigResult {
  path: string;
  settings: Record<string, string | number | boolean>;
  changed?: string;
}

/** Every setting with its current value. */
function settings(config: Config): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { currency: config.currency };
  for (const id of RULE_IDS) {
    out[`rules.${id}.enabled`] = config.rules[id]?.enabled !== false;
    for (const [k, v] of Object.entries(optionsFor(id, config.rules))) out[`rules.${id}.${k}`] = v;
  }
  return out;
}

function parseKey(key: string): { kind: 'currency' } | { kind: 'rule'; id: string; field: string } {
  if (key === 'currency') return { kind: 'currency' };
  const m = /^rules\.([a-z-]+)\.([A-Za-z]+)$/.exec(key);
  if (!m)
    throw new UsageError('unknownSetting', {
      key,
      valid: ['currency', 'rules.<id>.enabled', 'rules.<id>.<threshold>'],
    });
  const id = findRule(m[1]!);
  const field = m[2]!;
  const valid = ['enabled', ...Object.keys(RULES[id].meta.defaults)];
  if (!valid.includes(field))
    throw new UsageError('unknownSetting', { key, valid: valid.map((v) => `rules.${id}.${v}`) });
  return { kind: 'rule', id, field };
}

export async function config(opts: ConfigOptions, deps: Deps): Promise<ConfigResult> {
  const cfg: Config = structuredClone(deps.config);
  const action = opts.action ?? 'list';
  if (action === 'list') return { path: deps.configPath, settings: settings(cfg) };
  const key = opts.key ?? '';
  const target = parseKey(key);
  if (action === 'get') {
    const all = settings(cfg);
    return { path: deps.configPath, settings: { [key]: all[key]! } };
  }
  if (target.kind === 'currency') {
    if (action === 'unset') cfg.currency = 'JPY';
    else cfg.currency = currency(opts.value ?? '');
  } else {
    const rule = { ...(cfg.rules[target.id] ?? {}) };
    if (action === 'unset') delete rule[target.field];
    else
      rule[target.field] =
        target.field === 'enabled' ? bool(key, opts.value ?? '') : number(key, opts.value ?? '');
    cfg.rules[target.id] = rule;
  }
  saveConfig(deps.configPath, cfg);
  return { path: deps.configPath, settings: { [key]: settings(cfg)[key]! }, changed: key };
}

function currency(value: string): string {
  const v = value.trim().toUpperCase();
  if (Intl.supportedValuesOf('currency').includes(v)) return v;
  throw new UsageError('badSettingValue', {
    key: 'currency',
    value,
    expected: 'a currency code such as JPY, USD or EUR',
  });
}

function bool(key: string, value: string): boolean {
  if (/^(true|on|yes|1)$/i.test(value)) return true;
  if (/^(false|off|no|0)$/i.test(value)) return false;
  throw new UsageError('badSettingValue', { key, value, expected: 'true or false' });
}

function number(key: string, value: string): number {
  const n = Number(value);
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) || !Number.isFinite(n))
    throw new UsageError('badSettingValue', { key, value, expected: 'a number ≥ 0' });
  return n;
}
