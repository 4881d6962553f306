/**
 * The user's crontab, read with `crontab -l` and written with `crontab -`. rel owns one marked block
 * and keeps every other byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { DataError } from '../errors.js';

export const BEGIN = '# >>> rel: keep-in-touch reminders (managed by `rel cron`) >>>';
export const END = '# <<< rel <<<';

export interface Crontab {
  /** The current crontab, '' when the user has none. */
  read(): string;
  write(text: string): void;
}

export const systemCrontab: Crontab = {
  read() {
    const r = spawnSync('crontab', ['-l'], { encoding: 'utf8' });
    if (r.error) throw new DataError('cronUnavailable', { detail: r.error.message });
    if (r.status === 0) return r.stdout;
    if (/no crontab/i.test(r.stderr)) return '';
    throw new DataError('cronUnavailable', { detail: r.stderr.trim() || `crontab -l exited ${r.status}` });
  },
  write(text) {
    const r = spawnSync('crontab', ['-'], { input: text, encoding: 'utf8' });
    if (r.error || r.status !== 0)
      throw new DataError('cronUnavailable', { detail: r.error?.message ?? r.stderr.trim() });
  },
};

/**
 * Where rel's block is: the last BEGIN marker before an END marker, with no other marker between.
 * An orphaned BEGIN (its END deleted by hand) is not a block: nothing around it is ever removed.
 */
function findBlock(lines: readonly string[]): { start: number; end: number } | null {
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === BEGIN) start = i;
    else if (lines[i] === END && start >= 0) return { start, end: i };
  }
  return null;
}

/** The text with rel's block removed (and nothing else changed). */
export function withoutBlock(text: string): string {
  const lines = text.split('\n');
  const b = findBlock(lines);
  if (!b) return text;
  lines.splice(b.start, b.end - b.start + 1);
  return lines.join('\n');
}

export function currentBlock(text: string): string | null {
  const lines = text.split('\n');
  const b = findBlock(lines);
  return b ? lines.slice(b.start, b.end + 1).join('\n') : null;
}

/** The text with rel's block in place of the old one, or appended. */
export function withBlock(text: string, block: string): string {
  const lines = text.split('\n');
  const b = findBlock(lines);
  if (b) {
    lines.splice(b.start, b.end - b.start + 1, ...block.split('\n'));
    return lines.join('\n');
  }
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${block}\n`;
}

/**
 * Quoted for the shell, and for cron itself: cron turns an unescaped % into a line break (the rest
 * becomes standard input), so every % is written \\%. A line break cannot be written in a crontab
 * line at all: such a path is refused (see cronLine).
 */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`).replace(/%/g, '\\%')}'`;

/** Whether a value can be put on a crontab line (no line break, no NUL, no other control). */
// eslint-disable-next-line no-control-regex
export const cronSafe = (s: string): boolean => !/[\u0000-\u001f\u007f]|\\%/.test(s);

export function cronLine(o: {
  minute: number;
  hour: number;
  node: string;
  bin: string;
  db: string;
  lang?: string;
  notify?: boolean;
}): string {
  const env = [`REL_DB=${quote(o.db)}`, ...(o.lang ? [`REL_LANG=${quote(o.lang)}`] : [])].join(' ');
  return `${o.minute} ${o.hour} * * * ${env} ${quote(o.node)} ${quote(o.bin)} remind${o.notify ? ' --notify' : ''}`;
}
