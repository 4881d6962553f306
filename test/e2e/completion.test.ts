/** The bash completion script, sourced in a real bash with rel on PATH. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';

function completer() {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'rel'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'rel'), 0o755);
  const env = { REL_DB: join(dir, 'rel.db'), PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir };
  const script = join(dir, 'rel.bash');
  writeFileSync(script, rel(['completion', 'bash']).out);
  /** What pressing tab after `line` offers, one candidate a line. */
  const complete = (line: string): string[] => {
    // Words as bash splits them: an escaped space stays inside its word.
    const words = line.split(/(?<!\\) /);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `source "${script}"; COMP_WORDS=(${words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _rel; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { env, encoding: 'utf8' },
    );
    return r.stdout.split('\n').filter(Boolean);
  };
  return { env, complete };
}

describe('shell completion', () => {
  it('quotes names with spaces, hides the helper command, completes option values', () => {
    const { env, complete } = completer();
    rel(['add', 'Aiko Tanaka'], env);
    rel(['add', 'Aiko Mori'], env);
    expect(complete('rel give Aiko').sort()).toEqual(['Aiko\\ Mori', 'Aiko\\ Tanaka']);
    expect(complete('rel give Aiko\\ T')).toEqual(['Aiko\\ Tanaka']);
    expect(complete('rel event X --met Aiko\\ M')).toEqual(['Aiko\\ Mori']);
    expect(complete('rel ')).not.toContain('__names');
    expect(complete('rel __')).toEqual([]);
    expect(complete('rel give x y --kind fe')).toEqual(['feedback']);
    expect(complete('rel give x y --kind s')).toEqual([]);
    expect(complete('rel take x y --kind s')).toEqual(['sale']);
    expect(complete('rel event x --kind study')).toEqual(['study-group']);
    expect(complete('rel add x --origin re')).toEqual(['reached-out']);
    expect(complete('rel event x --purpose net')).toEqual(['networking']);
    const fish = rel(['completion', 'fish']).out;
    expect(fish).not.toContain("__names'");
    expect(fish).toContain('-l purpose -xa');
  });
});
