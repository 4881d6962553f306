/** Text for `rel export`, `rel import` and `rel merge`. */
import { basename } from 'node:path';
import type { TextCtx } from './text-ctx.js';
import type { ExportResult } from '../commands/export.js';
import type { ImportResult } from '../commands/import.js';
import type { MergeResult } from '../commands/merge.js';

/** The summary after `--out` (without it, the export itself went to stdout as it was read). */
export function exportText(r: ExportResult, { t }: TextCtx): string {
  return t.cli.exported({ path: r.path ?? '-', people: r.people, format: r.format });
}

export function importText(r: ImportResult, { t }: TextCtx): string {
  const head = t.cli.imported({
    file: r.file === '-' ? t.cli.stdinName() : basename(r.file),
    added: r.added.length,
    merged: r.merged.length,
    unchanged: r.unchanged,
    dryRun: r.dryRun,
  });
  const shown = r.added.slice(0, 20);
  const added =
    shown.length > 0
      ? [t.cli.importedAdded({ names: shown, more: r.added.length - shown.length, dryRun: r.dryRun })]
      : [];
  return [head, ...added, ...r.merged.slice(0, 20).map((m) => t.cli.importedMerge(m))].join('\n');
}

export function mergeText(r: MergeResult, { t }: TextCtx): string {
  return t.cli.merged({ keep: r.person.name, other: r.merged, moved: r.moved });
}
