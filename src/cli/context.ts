/** The only place that reads the environment and the clock: db path, now, language, color. */
import envPaths from 'env-paths';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { dayOf, parseNow } from '../domain/dates.js';
import { langFromEnv, parseLang } from '../i18n/lang.js';
import type { Lang } from '../domain/types.js';

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
  const noColor = opts.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  // Asked only when needed: Node sets up a standard stream the first time it is touched, and a
  // command that never prompts nor writes to stderr should not pay for stdin's and stderr's.
  const ctx: Context = {
    dbPath: opts.db ?? (env.REL_DB || defaultDbPath(env)),
    configPath: env.REL_CONFIG || defaultConfigPath(env),
    now,
    today: dayOf(now),
    localeLang: fromEnv.locale,
    get stdoutColor() {
      return !noColor && process.stdout.isTTY === true;
    },
    get stderrColor() {
      return !noColor && process.stderr.isTTY === true;
    },
    get interactive() {
      return process.stdin.isTTY === true && process.stdout.isTTY === true;
    },
    cwd: process.cwd(),
  };
  if (explicitLang) ctx.explicitLang = explicitLang;
  return ctx;
}
