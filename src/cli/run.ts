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
import { makeTheme, type Theme } from '../output/theme.js';
import { visibleDeep } from '../output/visible.js';
import { inquirerPrompter } from '../prompts/index.js';
import { makeContext, type GlobalOptions } from './context.js';

export interface TextCtx {
  t: Catalog;
  today: string;
  theme: Theme;
  lang: Lang;
  currency: string;
}

export interface Spec<R> {
  /** 'write' creates the db; 'read' on a missing db sees an empty one (and creates nothing). */
  mode: 'read' | 'write';
  exec: (deps: Deps) => Promise<R>;
  text: (result: R, ctx: TextCtx) => string | Promise<string>;
  /** Checked before the db is opened, so a refused call creates nothing. */
  guard?: (ctx: { interactive: boolean }) => void;
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
      ...(process.stderr.isTTY && !opts.json
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
    const text = await spec.text(shown, {
      t,
      today: ctx.today,
      theme: makeTheme(ctx.stdoutColor),
      lang,
      currency: deps.config.currency,
    });
    if (text !== '') process.stdout.write(`${text}\n`);
    const findings = (shown as { findings?: Finding[] }).findings;
    if (spec.mode === 'write' && Array.isArray(findings) && findings.length > 0) {
      process.stderr.write(`${findingLines(findings, makeTheme(ctx.stderrColor))}\n`);
    }
    if (process.stderr.isTTY && HINTED.has(cmd.name()) && getProfile(db).onboardedOn === undefined) {
      process.stderr.write(`${makeTheme(ctx.stderrColor).dim(t.onboard.hint())}\n`);
    }
  } finally {
    // A db this run created and left empty (a refused write, a dry run) is not left behind.
    dropIfEmpty(opened, dbPath, isEmpty);
    if (opened.db.open) opened.db.close();
  }
}
