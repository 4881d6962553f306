/** The linter keeps the layers (ARCHITECTURE.md): each violation below fails `npm run lint`. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });
const messages = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

describe('layers the linter keeps', () => {
  it.each([
    [
      'a rule reading the db',
      "import { openDb } from '../db/open.js';\nexport const f = openDb;\n",
      'src/rules/x.ts',
    ],
    [
      'domain importing a command',
      "import { add } from '../commands/add.js';\nexport const f = add;\n",
      'src/domain/x.ts',
    ],
    [
      'output opening SQLite',
      "import Database from 'better-sqlite3';\nexport const f = Database;\n",
      'src/output/x.ts',
    ],
  ])('%s is refused', async (_what, code, file) => {
    expect(await messages(code, file)).toContain('no-restricted-imports');
  });

  it.each([
    ['process.env in a command', 'export const f = () => process.env.HOME;\n', 'src/commands/x.ts'],
    ['the clock in a rule', 'export const f = () => Date.now();\n', 'src/rules/x.ts'],
    ['new Date() in output', 'export const f = () => new Date();\n', 'src/output/x.ts'],
    ['process.exit outside main', 'export const f = () => process.exit(1);\n', 'src/cli/run-x.ts'],
  ])('%s is refused', async (_what, code, file) => {
    expect(await messages(code, file)).toContain('no-restricted-syntax');
  });

  it('the CLI may read the environment and the clock', async () => {
    expect(
      await messages('export const f = () => [process.env.HOME, Date.now()];\n', 'src/cli/x.ts'),
    ).toEqual([]);
  });
});
