/** Runs one command: context, db, the command function, then text or JSON on the right stream. */
import { resolve } from 'node:path';
import type { Deps } from '../commands/support/deps.js';
import { loadConfig } from '../config/config.js';
import { dropIfEmpty } from '../db/open-core.js';
import { openDbLean } from '../db/open-lean.js';
import { isUntouched } from '../db/repos/backup.js';
import { getProfile } from '../db/repos/profile.js';
import type { Finding } from '../domain/finding.js';
import type { Lang } from '../i18n/index.js';
import { loadCatalog } from '../i18n/load.js';
import { findingLines } from '../output/findings.js';
import { loadTheme } from '../output/plain-theme.js';
import type { TextCtx } from '../output/text-ctx.js';
import { visibleDeep } from '../domain/visible.js';
import { wrap } from '../output/width.js';
import { promptsOn, setPromptLang } from '../prompts/index.js';
import { makeContext, type GlobalOptions } from './context.js';
import type { Session } from './terminal.js';
import type { Out } from './plain-out.js';

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
  /** Data that text mode prints byte for byte (a graph); undefined: the text formatter. */
  exact?: (result: R) => string | undefined;
  /** Text written to stdout chunk by chunk as it comes, instead of text or JSON (a large export). */
  stream?: (result: R) => Iterable<string> | undefined;
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

/** What a write triggered goes to stderr, so scripts read stdout undisturbed. */
async function printFindings<R>(
  spec: Spec<R>,
  result: R,
  stderr: Out,
  color: boolean,
  width: number,
): Promise<void> {
  if (spec.mode !== 'write') return;
  // Read only for a write: a review's `findings` is worded when read.
  const findings = (result as { findings?: Finding[] }).findings;
  if (Array.isArray(findings) && findings.length > 0) {
    stderr.write(`${findingLines(findings, await loadTheme(color), width)}
`);
  }
}

/** What run needs of a parsed command line: commander's Command has it, and so does cli/lean.ts. */
export interface Invocation {
  name(): string;
  optsWithGlobals(): unknown;
  readonly parent?: Invocation | null;
}

/** The session of each run, by the command line it parsed (commander's root program, or lean's call). */
const SESSIONS = new WeakMap<object, Session>();

export const bindSession = (root: Invocation, session: Session): void => void SESSIONS.set(root, session);

/** The session a parsed command belongs to: its root's. */
export function sessionOf(cmd: Invocation): Session {
  let root = cmd;
  while (root.parent) root = root.parent;
  const session = SESSIONS.get(root);
  if (!session) throw new Error(`no session bound for ${cmd.name()}`);
  return session;
}

export async function run<R>(cmd: Invocation, spec: Spec<R>): Promise<void> {
  const opts = cmd.optsWithGlobals() as GlobalOptions & { json?: boolean };
  const session = sessionOf(cmd);
  const { stdout, stderr, isTTY } = session.term;
  const ctx = makeContext(opts, session.term);
  spec.guard?.(ctx);
  const dbPath = resolve(ctx.dbPath);
  session.dbPath = dbPath;
  const opened = await openDbLean(dbPath, { mode: spec.mode, now: ctx.now });
  try {
    const { db } = opened;
    const lang: Lang = ctx.explicitLang ?? getProfile(db).lang ?? ctx.localeLang;
    session.lang = lang;
    const t = await loadCatalog(lang);
    setPromptLang(lang);
    const deps: Deps = {
      db,
      dbPath,
      now: ctx.now,
      today: ctx.today,
      lang,
      t,
      prompt: promptsOn(stdout),
      get interactive() {
        return ctx.interactive;
      },
      cwd: ctx.cwd,
      execPath: process.execPath,
      config: loadConfig(ctx.configPath),
      configPath: ctx.configPath,
      // Asked for only by long imports, so other commands never set up stderr for it.
      get onProgress() {
        return !opts.json && !ctx.dumb && isTTY.stderr
          ? (done: number, total: number) =>
              void stderr.write(`\r${done}/${total}${done === total ? '\n' : ''}`)
          : undefined;
      },
    };
    const result = await spec.exec(deps);
    const chunks = spec.stream?.(result);
    if (chunks) {
      await writeChunks(stdout, chunks);
      return;
    }
    if (opts.json) {
      const own = spec.json?.(result);
      stdout.write(own ?? `${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const exact = spec.exact?.(result);
    if (exact !== undefined) {
      stdout.write(exact);
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
      await printFindings(spec, shown, stderr, ctx.stderrColor, ctx.width);
      return;
    }
    const text = await spec.text(shown, {
      t,
      today: ctx.today,
      theme: await loadTheme(ctx.stdoutColor),
      lang,
      currency: deps.config.currency,
      width: ctx.width,
    });
    const paged =
      text !== '' && spec.page && ctx.pager
        ? (await import('../output/pager.js')).pageIfLong(text, ctx.pager, ctx.rows)
        : false;
    if (text !== '' && !paged) stdout.write(`${text}\n`);
    await printFindings(spec, shown, stderr, ctx.stderrColor, ctx.width);
    if (HINTED.has(cmd.name()) && getProfile(db).onboardedOn === undefined && isTTY.stderr) {
      stderr.write(`${(await loadTheme(ctx.stderrColor)).dim(wrap(t.onboard.hint(), ctx.width))}\n`);
    }
  } finally {
    // A db this run created and left empty (a refused write, a dry run) is not left behind.
    dropIfEmpty(opened, dbPath, isUntouched);
    if (opened.db.open) opened.db.close();
  }
}

/**
 * Chunk after chunk, waiting whenever a pipe is full: memory stays flat however much is written. A
 * stream that failed (`> /dev/full`) ends the loop; cli/finish.ts says what went wrong.
 */
async function writeChunks(stream: Out, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (stream.destroyed || stream.errored) return;
    if (stream.write(chunk)) continue;
    if (stream.destroyed || stream.errored) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        for (const e of ['drain', 'error', 'close'] as const) stream.off(e, done);
        resolve();
      };
      for (const e of ['drain', 'error', 'close'] as const) stream.once(e, done);
    });
  }
}
