/** House rules a newcomer can rely on: migrations listed as filed, every command shown with examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import { EXAMPLES } from '../src/cli/help.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';

const root = join(import.meta.dirname, '..');

describe('conventions', () => {
  it('the migration files and the migration list agree, numbers rising, names as filed', () => {
    const files = readdirSync(join(root, 'src', 'db', 'migrations'))
      .filter((f) => /^\d{4}-.+\.ts$/.test(f))
      .sort();
    expect(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`)).toEqual(files);
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('every command has a README example and --help examples', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const commands = buildProgram('0.0.0')
      .commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden)
      .map((c) => c.name());
    const noReadme = commands.filter((name) => !new RegExp(`^\\s*(npx )?rel ${name}\\b`, 'm').test(readme));
    const noHelp = commands.filter((name) => !(EXAMPLES[name]?.length ?? 0));
    expect({ noReadme, noHelp }).toEqual({ noReadme: [], noHelp: [] });
  });
});
