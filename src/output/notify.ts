/**
 * Desktop notifications through the system's notifier, when there is one (never the network). The
 * CLI layer reads PATH and sends them (`rel remind --notify`, in text and JSON mode alike).
 */
import { spawnSync } from 'node:child_process';
import { findOnPath } from './which.js';

const NOTIFIERS = ['notify-send', 'terminal-notifier'];

export const findNotifier = (path: string): string | null => findOnPath(NOTIFIERS, path);

export interface Note {
  title: string;
  body: string;
}

/**
 * Sends every note; true when a notifier is on `path` and took each of them. False when there is
 * none or one failed: then the caller prints them instead.
 */
export function notifyAll(notes: readonly Note[], path: string): boolean {
  const bin = findNotifier(path);
  if (!bin) return false;
  return notes.every(({ title, body }) => {
    const args = bin.endsWith('terminal-notifier') ? ['-title', title, '-message', body] : [title, body];
    return spawnSync(bin, args, { stdio: 'ignore', timeout: 5000 }).status === 0;
  });
}
