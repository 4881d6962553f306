/** Maps anything thrown to one line on stderr (never a stack trace) and an exit code. */
import { CommanderError } from 'commander';
import { RelError } from '../errors.js';
import { catalog, formatError } from '../i18n/index.js';
import { ioWord } from '../io/private-file.js';
import { diskFull } from '../db/open-core.js';
import { earlyLang } from './context.js';
import { newSession, type Session } from './terminal.js';
import { commanderDetail, usageError } from './usage.js';

const SQLITE_KEYS: Record<string, 'dbBusy' | 'dbReadOnly' | 'dbCorrupt' | 'dbCantOpen' | 'dbFull'> = {
  SQLITE_BUSY: 'dbBusy',
  SQLITE_LOCKED: 'dbBusy',
  SQLITE_READONLY: 'dbReadOnly',
  SQLITE_CORRUPT: 'dbCorrupt',
  SQLITE_NOTADB: 'dbCorrupt',
  SQLITE_CANTOPEN: 'dbCantOpen',
  SQLITE_FULL: 'dbFull',
  SQLITE_IOERR: 'dbCantOpen',
};

export function report(e: unknown, argv: readonly string[], session: Session = newSession()): number {
  const { stderr, env } = session.term;
  const t = catalog(session.lang ?? earlyLang(argv, env));
  const say = (msg: string) => stderr.write(`rel: ${msg}\n`);
  if (e instanceof CommanderError) {
    if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    // The help commander printed itself (a command group run bare); every other message is ours.
    if (e.code !== 'commander.help' && e.code !== 'commander.executeSubCommandAsync') {
      const u = usageError(e, argv);
      say(
        u
          ? formatError(t, u.key, u.data as never)
          : formatError(t, 'usageOther', { detail: commanderDetail(e) }),
      );
    }
    return 2;
  }
  if (e instanceof RelError) {
    say(formatError(t, e.key, e.data));
    return e.exitCode;
  }
  const err = e as { name?: string; code?: string; message?: string; stack?: string };
  if (err?.name === 'ExitPromptError' || err?.name === 'AbortPromptError') {
    // Ctrl-C at a question: nothing has been written yet (every command writes after its questions).
    say(formatError(t, 'promptStopped', undefined));
    return 130;
  }
  const sqlite = err?.code ? Object.entries(SQLITE_KEYS).find(([k]) => err.code!.startsWith(k)) : undefined;
  if (sqlite) {
    // SQLite reports a full disk as an I/O error when it cannot grow its WAL index.
    const key =
      sqlite[1] === 'dbCantOpen' && session.dbPath && diskFull(session.dbPath) ? 'dbFull' : sqlite[1];
    const path = session.dbPath ?? 'the database';
    say(
      key === 'dbBusy' || key === 'dbReadOnly' || key === 'dbFull'
        ? formatError(t, key, { path })
        : formatError(t, key, { path, detail: err.message ?? err.code ?? '' }),
    );
    return 1;
  }
  say(formatError(t, 'internal', { detail: err?.message ?? String(e) }));
  if (env.REL_DEBUG) stderr.write(`${err?.stack ?? ''}\n`);
  return 1;
}

/** Standard output could not be written (`> /dev/full`, a disk error): what to tell the user. */
export function outputFailed(e: NodeJS.ErrnoException, argv: readonly string[], session: Session): string {
  const t = catalog(session.lang ?? earlyLang(argv, session.term.env));
  return formatError(t, 'stdoutFailed', { detail: ioWord(e.code) ?? e.message });
}
