// Bundles the CLI for start-up speed: one entry plus lazily loaded chunks (prompts, import/export,
// reminders …) instead of ~80 module files to resolve and read on every call. The native
// better-sqlite3 stays a normal dependency. bin/rel.js runs dist/bundle/main.js, or for the commands
// typed many times a day dist/bundle/lean.cjs: one CommonJS file, since every ES module chunk
// costs a resolve, a read and a compile at start-up (src/cli/lean-main.ts).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true }); // no chunk of an earlier build stays behind

await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle', // the same depth as dist/cli: ../../package.json and ../../data resolve alike
  external: ['better-sqlite3'],
  // CommonJS dependencies (commander) call require(): give the bundle one.
  banner: {
    js: "import { createRequire as __relRequire } from 'node:module'; const require = __relRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// The lean file holds both languages' catalogues, each evaluated only when a command speaks it.
const cjs = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // require(), not import(), for what is loaded later: no ES module loader on this path.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__relUrl' },
  banner: { js: "const __relUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};
// better-sqlite3's JavaScript goes into the lean file too (its addon stays where it was built, loaded
// by path: db/open-core.ts): resolving and reading its dozen files took ~10 ms of every `rel give`.
const sqliteInBundle = {
  name: 'sqlite-in-bundle',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]db[\\/]sqlite-lib\.ts$/ }, () => ({
      loader: 'js',
      resolveDir: process.cwd(),
      contents:
        "export const Database = require('better-sqlite3');\n" +
        // A name, not a literal: esbuild leaves this resolution to Node at run time (a fallback only).
        "const pkg = 'better-sqlite3/package.json';\n" +
        'export const sqlitePackage = () => require.resolve(pkg);\n' +
        // Without an addon where open-core looks, the installed package and its own search.
        "const installed = 'better-sqlite3';\n" +
        'export const installedDatabase = () => require(installed);\n',
    }));
  },
};
await build({
  ...cjs,
  entryPoints: ['src/cli/lean-main.ts'],
  outfile: 'dist/bundle/lean.cjs',
  plugins: [sqliteInBundle],
  // Loaded only on paths the lean commands rarely take (an error, a prompt).
  external: ['commander', '@inquirer/prompts', 'chrono-node', 'csv-parse', 'csv-stringify', 'ical.js'],
});

// The V8 code cache for lean.cjs, named after its content (bin/lean-loader.js, scripts/warm-lean.cjs).
const lean = readFileSync('dist/bundle/lean.cjs');
const cacheName = `lean-${createHash('sha256').update(lean).digest('hex').slice(0, 16)}.cache`;
appendFileSync('dist/bundle/lean.cjs', `//# rel-code-cache: ${cacheName}\n`);
execFileSync(process.execPath, ['scripts/warm-lean.cjs'], { stdio: 'inherit' });
