/** `rel cron install|remove|show`: one marked crontab block that runs `rel remind` daily. */
import { fileURLToPath } from 'node:url';
import { DataError, UsageError } from '../errors.js';
import {
  BEGIN,
  END,
  cronLine,
  cronSafe,
  currentBlock,
  systemCrontab,
  withBlock,
  withoutBlock,
  type Crontab,
} from '../cron/crontab.js';
import type { Deps } from './support/deps.js';

export interface CronOptions {
  action: 'install' | 'remove' | 'show';
  at?: string;
  notify?: boolean;
}

export interface CronResult {
  action: CronOptions['action'];
  changed: boolean;
  block: string | null;
}

const BIN = fileURLToPath(new URL('../../bin/rel.js', import.meta.url));

export async function cron(
  opts: CronOptions,
  deps: Deps & { crontab?: Crontab; node?: string },
): Promise<CronResult> {
  const tab = deps.crontab ?? systemCrontab;
  let minute = 0;
  let hour = 9;
  if (opts.at !== undefined) {
    const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(opts.at.trim());
    if (!m) throw new UsageError('invalidTime', { value: opts.at });
    hour = Number(m[1]);
    minute = Number(m[2]);
  }
  const text = tab.read();
  if (opts.action === 'show') return { action: 'show', changed: false, block: currentBlock(text) };
  if (opts.action === 'remove') {
    const next = withoutBlock(text);
    if (next !== text) tab.write(next);
    return { action: 'remove', changed: next !== text, block: null };
  }
  // A line break in a path would end the cron line and start another job: refused, never written.
  const node = deps.node ?? deps.execPath;
  for (const path of [deps.dbPath, node, BIN])
    if (!cronSafe(path)) throw new DataError('cronBadPath', { path: JSON.stringify(path) });
  const line = cronLine({
    minute,
    hour,
    node,
    bin: BIN,
    db: deps.dbPath,
    ...(deps.lang !== 'en' ? { lang: deps.lang } : {}),
    ...(opts.notify ? { notify: true } : {}),
  });
  const block = [BEGIN, line, END].join('\n');
  const next = withBlock(text, block);
  if (next !== text) tab.write(next);
  return { action: 'install', changed: next !== text, block };
}
