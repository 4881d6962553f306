/** Shows a file in the user's browser through the system's opener (xdg-open, or open on macOS), only when asked. */
import { spawn } from 'node:child_process';
import { findOnPath } from './which.js';

export function findOpener(path: string, platform: NodeJS.Platform): string | null {
  return findOnPath([platform === 'darwin' ? 'open' : 'xdg-open'], path);
}

/**
 * Starts the opener on `file` without waiting for it; returns its path, or null when there is none.
 * `path`: the PATH to look in (the CLI layer reads it).
 */
export function openFile(file: string, path: string, platform: NodeJS.Platform): string | null {
  const bin = findOpener(path, platform);
  if (!bin) return null;
  try {
    const child = spawn(bin, [file], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return bin;
  } catch {
    return null;
  }
}
