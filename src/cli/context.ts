/** The only place that reads the environment and the clock: db path, now, language, color. */
import envPaths from 'env-paths';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { dayOf, parseNow } from '../domain/dates.js';
import { setAmbiguousWide } from '../output/width.js';
import { langFromEnv, parseLang, type Lang } from '../i18n/index.js';

export interface GlobalOptions {
  db?: string;
  lang?: string;
  color?: boolean;
}

export interface Context {
  dbPath: string;
  configPath: string;
  now: Date;
  today: string;
  /** From --lang or REL_LANG; when unset, the profile's language or the locale decides. */
  explicitLang?: Lang;
  localeLang: Lang;
  stdoutColor: boolean;
  stderrColor: boolean;
  /** How wide text output may be: the terminal's width (or COLUMNS), 80 into a pipe. */
  columns: number;
  interactive: boolean;
  cwd: string;
}

export const defaultDbPath = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.XDG_DATA_HOME ? join(env.XDG_DATA_HOME, 'rel') : envPaths('rel', { suffix: '' }).data, 'rel.db');

export const defaultConfigPath = (env: NodeJS.ProcessEnv = process.env): string =>
  join(
    env.XDG_CONFIG_HOME ? join(env.XDG_CONFIG_HOME, 'rel') : envPaths('rel', { suffix: '' }).config,
    'config.json',
  );

/** The language to speak before any db is open (errors in argument parsing). */
export function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const fromEnv = langFromEnv(env);
  return parseLang(flag) ?? fromEnv.explicit ?? fromEnv.locale;
}

export function makeContext(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Context {
  let explicitLang: Lang | undefined;
  if (opts.lang !== undefined) {
    explicitLang = parseLang(opts.lang);
    if (!explicitLang) throw new UsageError('invalidLang', { value: opts.lang });
  }
  const fromEnv = langFromEnv(env);
  explicitLang ??= fromEnv.explicit;
  let now = new Date();
  if (env.REL_NOW !== undefined && env.REL_NOW !== '') {
    const parsed = parseNow(env.REL_NOW);
    if (!parsed) throw new UsageError('invalidNow', { value: env.REL_NOW });
    now = parsed;
  }
  const color = colorChoice(opts, env);
  const ambiguous = env.RUNEWIDTH_EASTASIAN;
  setAmbiguousWide(ambiguous === '1' || ambiguous === 'true');
  const ctx: Context = {
    dbPath: opts.db ?? (env.REL_DB || defaultDbPath(env)),
    configPath: env.REL_CONFIG || defaultConfigPath(env),
    now,
    today: dayOf(now),
    localeLang: fromEnv.locale,
    stdoutColor: color ?? process.stdout.isTTY === true,
    stderrColor: color ?? process.stderr.isTTY === true,
    columns: terminalColumns(env),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    cwd: process.cwd(),
  };
  if (explicitLang) ctx.explicitLang = explicitLang;
  return ctx;
}

/**
 * Colour on or off whatever the streams are (undefined: only on a terminal). --no-color wins, then
 * FORCE_COLOR (0 or false: off; anything else: on), then NO_COLOR.
 */
export function colorChoice(opts: GlobalOptions, env: NodeJS.ProcessEnv): boolean | undefined {
  if (opts.color === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return undefined;
}

/** The terminal's width, or COLUMNS; 80 when neither says (a pipe). Never below 40. */
export function terminalColumns(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.COLUMNS);
  const cols =
    Number.isInteger(fromEnv) && fromEnv > 0
      ? fromEnv
      : process.stdout.isTTY && process.stdout.columns > 0
        ? process.stdout.columns
        : 80;
  return Math.max(40, cols);
}
