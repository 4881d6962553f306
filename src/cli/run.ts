/** Runs one command: context, db, the command function, then text or JSON on the right stream. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Deps } from '../commands/deps.js';
import { loadConfig } from '../config/config.js';
import { dropIfEmpty, openDb } from '../db/open.js';
import { isEmpty } from '../db/repos/backup.js';
import { getProfile } from '../db/repos/profile.js';
import type { Finding } from '../domain/finding.js';
import { catalog, type Catalog, type Lang } from '../i18n/index.js';
import { findingLines } from '../output/findings.js';
import { pageIfLong } from '../output/pager.js';
import { wrap } from '../output/width.js';
import { makeTheme, type Theme } from '../output/theme.js';
import { visibleDeep } from '../output/visible.js';
import { inquirerPrompter, setPromptLang } from '../prompts/index.js';
import { makeContext, type GlobalOptions } from './context.js';

export interface TextCtx {
  t: Catalog;
  today: string;
  theme: Theme;
  lang: Lang;
  currency: string;
  /** Columns to wrap to: the terminal's when stdout is one (see cli/context.ts), else 80. */
  width: number;
}

export interface Spec<R> {
  /** 'write' creates the db; 'read' on a missing db sees an empty one (and creates nothing). */
  mode: 'read' | 'write';
  exec: (deps: Deps) => Promise<R>;
  text: (result: R, ctx: TextCtx) => string | Promise<string>;
  /** Checked before the db is opened, so a refused call creates nothing. */
  guard?: (ctx: { interactive: boolean }) => void;
  /**
   * A command that changes something outside the db (a settings file, the crontab, a file it
   * writes): --quiet drops its confirmation line as it does for db writes.
   */
  writes?: boolean;
  /** Output longer than the screen goes through the pager (on a terminal only). */
  page?: boolean;
  /** What --json prints instead of the result itself (undefined: the result). */
  json?: (result: R) => string | undefined;
  /** Data that text mode prints byte for byte (an export to stdout); undefined: the text formatter. */
  exact?: (result: R) => string | undefined;
}

/** Commands after which someone who never onboarded gets a one-line tip (on a terminal only). */
const HINTED = new Set([
  'add',
  'give',
  'take',
  'touch',
  'event',
  'intro',
  'list',
  'show',
  'review',
  'target',
]);

/** The language errors are worded in; updated once the profile is read. */
export const session: { lang: Lang | undefined; dbPath: string | undefined } = {
  lang: undefined,
  dbPath: undefined,
};

/** What a write triggered goes to stderr, so scripts read stdout undisturbed. */
function printFindings<R>(spec: Spec<R>, result: R, color: boolean, width: number): void {
  const findings = (result as { findings?: Finding[] }).findings;
  if (spec.mode === 'write' && Array.isArray(findings) && findings.length > 0) {
    process.stderr.write(`${findingLines(findings, makeTheme(color), width)}\n`);
  }
}

export async function run<R>(cmd: Command, spec: Spec<R>): Promise<void> {
  const opts = cmd.optsWithGlobals() as GlobalOptions & { json?: boolean };
  const ctx = makeContext(opts);
  spec.guard?.(ctx);
  const dbPath = resolve(ctx.dbPath);
  session.dbPath = dbPath;
  const opened = openDb(dbPath, { mode: spec.mode, now: ctx.now });
  try {
    const { db } = opened;
    const lang: Lang = ctx.explicitLang ?? getProfile(db).lang ?? ctx.localeLang;
    session.lang = lang;
    const t = catalog(lang);
    setPromptLang(lang);
    const deps: Deps = {
      db,
      dbPath,
      now: ctx.now,
      today: ctx.today,
      lang,
      t,
      prompt: inquirerPrompter,
      interactive: ctx.interactive,
      cwd: ctx.cwd,
      execPath: process.execPath,
      config: loadConfig(ctx.configPath),
      configPath: ctx.configPath,
      ...(process.stderr.isTTY && !ctx.dumb && !opts.json
        ? {
            onProgress: (done: number, total: number) =>
              process.stderr.write(`\r${done}/${total}${done === total ? '\n' : ''}`),
          }
        : {}),
    };
    const result = await spec.exec(deps);
    if (opts.json) {
      const own = spec.json?.(result);
      process.stdout.write(own ?? `${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const exact = spec.exact?.(result);
    if (exact !== undefined) {
      process.stdout.write(exact);
      return;
    }
    // The one place data reaches text output: every string in the result is made visible first
    // (no ESC, no control, no bidi override from a name or a note reaches the terminal).
    const shown = visibleDeep(result);
    // --quiet: a write prints no confirmation line; given twice, no findings either.
    const quiet = opts.quiet ?? 0;
    const writes = spec.mode === 'write' || spec.writes === true;
    if (writes && quiet >= 2) return;
    if (writes && quiet === 1) {
      printFindings(spec, shown, ctx.stderrColor, ctx.width);
      return;
    }
    const text = await spec.text(shown, {
      t,
      today: ctx.today,
      theme: makeTheme(ctx.stdoutColor),
      lang,
      currency: deps.config.currency,
      width: ctx.width,
    });
    if (text !== '' && !(spec.page && ctx.pager && pageIfLong(text, ctx.pager, ctx.rows)))
      process.stdout.write(`${text}\n`);
    printFindings(spec, shown, ctx.stderrColor, ctx.width);
    if (process.stderr.isTTY && HINTED.has(cmd.name()) && getProfile(db).onboardedOn === undefined) {
      process.stderr.write(`${makeTheme(ctx.stderrColor).dim(wrap(t.onboard.hint(), ctx.width))}\n`);
    }
  } finally {
    // A db this run created and left empty (a refused write, a dry run) is not left behind.
    dropIfEmpty(opened, dbPath, isEmpty);
    if (opened.db.open) opened.db.close();
  }
}
