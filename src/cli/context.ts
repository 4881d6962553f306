/** What a run gets from its terminal's environment and the clock: db path, now, language, color, width. */
import envPaths from 'env-paths';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { dayOf, parseNow } from '../domain/dates.js';
import type { Pager } from '../output/pager.js';
import { setAmbiguousWide } from '../output/width.js';
import { langFromEnv, parseLang } from '../i18n/lang.js';
import type { Lang } from '../domain/types.js';
import type { Terminal } from './terminal.js';

export interface GlobalOptions {
  db?: string;
  lang?: string;
  color?: boolean;
  /** How many times --quiet was given. */
  quiet?: number;
  /** --no-pager */
  pager?: boolean;
}

/** Prose is wrapped to the terminal, but never wider than this (long lines are hard to read). */
export const MAX_WIDTH = 120;

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
  /** Columns to wrap text to: the terminal's (40 to 120) when stdout is one, else 80. */
  width: number;
  /** Lines on the terminal's screen (0 when stdout is not a terminal). */
  rows: number;
  /** The pager for output longer than a screen; undefined when output should not be paged. */
  pager?: Pager;
  /** TERM=dumb: no colors and no cursor codes (no prompts, no progress counter, no pager). */
  dumb: boolean;
}

/**
 * The width for text, clamped to 40..120: COLUMNS when set, else the terminal's; 80 when stdout is
 * not a terminal and COLUMNS says nothing.
 */
export function textWidth(isTTY: boolean, columns: number | undefined, fromEnv?: string): number {
  const n = Number(fromEnv);
  const cols = Number.isInteger(n) && n > 0 ? n : isTTY ? columns : undefined;
  if (!cols) return 80;
  return Math.min(MAX_WIDTH, Math.max(40, cols));
}

/** $REL_PAGER, else $PAGER, else less -R; none off a terminal, on TERM=dumb, or with --no-pager or an empty PAGER. */
export function pagerFor(env: NodeJS.ProcessEnv, onTerminal: boolean, allowed: boolean): Pager | undefined {
  if (!onTerminal || !allowed) return undefined;
  const command = (env.REL_PAGER ?? env.PAGER ?? 'less -R').trim();
  if (command === '' || command === 'cat') return undefined;
  // less: quit at once when it all fits, keep colors, leave the text on screen afterwards.
  return { command, env: { ...env, LESS: env.LESS ?? 'FRX' } };
}

export const defaultDbPath = (env: NodeJS.ProcessEnv): string =>
  join(env.XDG_DATA_HOME ? join(env.XDG_DATA_HOME, 'rel') : envPaths('rel', { suffix: '' }).data, 'rel.db');

export const defaultConfigPath = (env: NodeJS.ProcessEnv): string =>
  join(
    env.XDG_CONFIG_HOME ? join(env.XDG_CONFIG_HOME, 'rel') : envPaths('rel', { suffix: '' }).config,
    'config.json',
  );

/** The language to speak before any db is open (errors in argument parsing). */
export function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const fromEnv = langFromEnv(env);
  return parseLang(flag) ?? fromEnv.explicit ?? fromEnv.locale;
}

export function makeContext(opts: GlobalOptions, term: Terminal): Context {
  const { env, isTTY, size } = term;
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
  const dumb = env.TERM === 'dumb';
  const color = dumb ? false : colorChoice(opts, env);
  const ambiguous = env.RUNEWIDTH_EASTASIAN;
  setAmbiguousWide(ambiguous === '1' || ambiguous === 'true');
  const stdoutTTY = isTTY.stdout;
  // stdin and stderr are asked about only when needed: Node sets up a standard stream the first
  // time it is touched, and a command that never prompts nor writes to stderr should not pay for it.
  const ctx: Context = {
    dbPath: opts.db ?? (env.REL_DB || defaultDbPath(env)),
    configPath: env.REL_CONFIG || defaultConfigPath(env),
    now,
    today: dayOf(now),
    localeLang: fromEnv.locale,
    stdoutColor: color ?? stdoutTTY,
    get stderrColor() {
      return color ?? isTTY.stderr;
    },
    get interactive() {
      return !dumb && isTTY.stdin && stdoutTTY;
    },
    cwd: process.cwd(),
    width: textWidth(stdoutTTY, size.columns, env.COLUMNS),
    rows: stdoutTTY ? size.rows || 24 : 0,
    dumb,
  };
  const pager = pagerFor(env, stdoutTTY && !dumb, opts.pager !== false);
  if (pager) ctx.pager = pager;
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

/** The width text is wrapped to, read before any options are parsed (for --help). */
export const terminalColumns = ({ env, isTTY, size }: Terminal): number =>
  textWidth(isTTY.stdout, size.columns, env.COLUMNS);
