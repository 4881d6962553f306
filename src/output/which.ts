/** Finding a program on a PATH the CLI layer read (never the network). */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first of `names` that is an executable file in one of PATH's folders, or null. */
export function findOnPath(names: readonly string[], path: string): string | null {
  for (const name of names) {
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
