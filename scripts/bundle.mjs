// Bundles the CLI for start-up speed: one entry plus lazily loaded chunks (prompts, import/export,
// reminders …) instead of ~80 module files to resolve and read on every call. The native
// better-sqlite3 stays a normal dependency. bin/rel.js runs dist/bundle/main.js.
import { build } from 'esbuild';

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
