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

/** The text with rel's block removed (and nothing else changed). */
export function withoutBlock(text: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(BEGIN);
  if (start < 0) return text;
  const end = lines.indexOf(END, start);
  if (end < 0) return text;
  lines.splice(start, end - start + 1);
  return lines.join('\n');
}

export function currentBlock(text: string): string | null {
  const lines = text.split('\n');
  const start = lines.indexOf(BEGIN);
  const end = start < 0 ? -1 : lines.indexOf(END, start);
  return start < 0 || end < 0 ? null : lines.slice(start, end + 1).join('\n');
}

/** The text with rel's block in place of the old one, or appended. */
export function withBlock(text: string, block: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(BEGIN);
  const end = start < 0 ? -1 : lines.indexOf(END, start);
  if (start >= 0 && end >= 0) {
    lines.splice(start, end - start + 1, ...block.split('\n'));
    return lines.join('\n');
  }
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${block}\n`;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

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
