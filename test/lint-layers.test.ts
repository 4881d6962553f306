/** The linter keeps the layers (ARCHITECTURE.md): each violation below fails `npm run lint`. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });
const messages = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

describe('layers the linter keeps', () => {
  it.each([
    ['a rule reading the db', "import { openDb } from '../db/open.js';", 'src/rules/x.ts'],
    ['domain importing a command', "import { add } from '../commands/add.js';", 'src/domain/x.ts'],
    ['output importing the CLI', "import type { Spec } from '../cli/run.js';", 'src/output/x.ts'],
    ['io calling a command', "import { show } from '../commands/show.js';", 'src/io/x.ts'],
    ['a file format reaching into output', "import { wrap } from '../output/width.js';", 'src/io/x.ts'],
    ['a command helper importing a command', "import { add } from '../add.js';", 'src/commands/support/x.ts'],
    ['i18n importing output', "import { wrap } from '../../output/width.js';", 'src/i18n/en/x.ts'],
    ['the db importing the coach', "import { review } from '../../coach/index.js';", 'src/db/repos/x.ts'],
    ['a lazy import upward', "export const f = () => import('../output/people.js');", 'src/commands/x.ts'],
    ['a re-export upward', "export { add } from '../commands/add.js';", 'src/db/x.ts'],
  ])('%s is refused', async (_what, code, file) => {
    expect(await messages(`${code}\nexport const g = 1;\n`, file)).toContain('layers/downward');
  });

  it.each([
    ['io and the coach', "import '../coach/index.js';", 'src/io/x.ts'],
    ['sync and io', "import '../io/csv.js';", 'src/sync/x.ts'],
  ])('%s stand on one layer and do not import each other', async (_what, code, file) => {
    const [result] = await eslint.lintText(`${code}\nexport const g = 1;\n`, { filePath: file });
    expect(result!.messages.map((m) => m.message)).toEqual([expect.stringMatching(/stand on one layer/)]);
  });

  it('a folder with no place in the layers is named', async () => {
    const [result] = await eslint.lintText("import { x } from '../newthing/x.js';\nexport const g = x;\n", {
      filePath: 'src/commands/x.ts',
    });
    expect(result!.messages.map((m) => m.message)).toEqual([
      expect.stringContaining('src/newthing has no place'),
    ]);
  });

  it.each([
    [
      'the CLI importing every layer',
      "import '../output/x.js';\nimport '../commands/x.js';\nimport '../db/x.js';",
      'src/cli/x.ts',
    ],
    [
      'a command using its helpers, io and the db',
      "import '../commands/support/x.js';\nimport '../io/x.js';\nimport '../db/x.js';",
      'src/commands/x.ts',
    ],
    [
      'a command using another command',
      "import { review } from './review.js';\nexport const r = review;",
      'src/commands/x.ts',
    ],
    [
      'errors worded by i18n',
      "import type { ErrorKey } from './i18n/index.js';\nexport type K = ErrorKey;",
      'src/errors.ts',
    ],
  ])('%s is allowed', async (_what, code, file) => {
    expect(await messages(`${code}\n`, file)).not.toContain('layers/downward');
  });

  it('output opening SQLite is refused', async () => {
    const code = "import Database from 'better-sqlite3';\nexport const f = Database;\n";
    expect(await messages(code, 'src/output/x.ts')).toContain('no-restricted-imports');
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
