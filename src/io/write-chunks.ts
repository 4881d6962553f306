/**
 * Where rel writes a file the user named, chunk by chunk (rel export): created readable by the
 * owner only. The one place that writes such a file, so a safer writer can take its place whole.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export function writeChunksToFile(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
