/** Desktop notifications through the system's notifier, when there is one (never the network). */
import { spawnSync } from 'node:child_process';
import { findOnPath } from './which.js';

const NOTIFIERS = ['notify-send', 'terminal-notifier'];

// TODO(layers): the remind command will pass PATH and send notifications (also with --json).
// eslint-disable-next-line no-restricted-syntax
export function findNotifier(path = process.env.PATH ?? ''): string | null {
  return findOnPath(NOTIFIERS, path);
}

/** Sends one notification; false when no notifier is present or it failed (then print instead). */
export function notify(title: string, body: string): boolean {
  const bin = findNotifier();
  if (!bin) return false;
  const args = bin.endsWith('terminal-notifier') ? ['-title', title, '-message', body] : [title, body];
  const r = spawnSync(bin, args, { stdio: 'ignore', timeout: 5000 });
  return r.status === 0;
}
