/** Creating a file's folders, one level at a time. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates `dir` and any missing parents (mode 0700 by default), failing at once with the system's
 * error where a folder cannot be made. Node's own recursive mkdir can loop forever on file
 * systems that answer ENOENT for a folder they will never create (/proc), so this walks up to the
 * first folder that exists and creates each level below it without `recursive`.
 */
export function makeDirs(dir: string, mode = 0o700): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
