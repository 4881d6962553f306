/** Desktop notifications through the system's notifier, when there is one (never the network). */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NOTIFIERS = ['notify-send', 'terminal-notifier'];

// TODO(layers): the remind command will pass PATH and send notifications (also with --json).
// eslint-disable-next-line no-restricted-syntax
export function findNotifier(path = process.env.PATH ?? ''): string | null {
  for (const name of NOTIFIERS) {
    for (const dir of path.split(delimiter)) {
      if (!dir) continue;
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Sends one notification; false when no notifier is present or it failed (then print instead). */
export function notify(title: string, body: string): boolean {
  const bin = findNotifier();
  if (!bin) return false;
  const args = bin.endsWith('terminal-notifier') ? ['-title', title, '-message', body] : [title, body];
  const r = spawnSync(bin, args, { stdio: 'ignore', timeout: 5000 });
  return r.status === 0;
}
