/** Long output on a terminal goes through a pager (less -R, or $PAGER), as git and man do. */
import { spawnSync } from 'node:child_process';

/** How long output reaches a person on a terminal: through a pager, as `git` does (cli/context.ts picks it). */
export interface Pager {
  command: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Shows `text` through the pager when it is longer than the screen. Returns false when it did not
 * (short text, or the pager could not start): then the caller prints it as usual.
 */
export function pageIfLong(text: string, pager: Pager, rows: number): boolean {
  if (text.split('\n').length < Math.max(rows, 2)) return false;
  const r = spawnSync(pager.command, {
    shell: true,
    input: `${text}\n`,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: pager.env,
  });
  // 126/127: the shell could not find or run it; print instead of losing the output.
  return r.error === undefined && r.status !== 126 && r.status !== 127;
}
