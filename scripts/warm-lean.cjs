// Makes the V8 code cache for dist/bundle/lean.cjs (see bin/lean-loader.js): runs the lean commands
// once on a scratch db, so the functions they use are compiled, then saves the compiled code.
// Run by scripts/bundle.mjs; usage: node scripts/warm-lean.cjs
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadLean } = require('../bin/lean-loader.js');

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'rel-warm-'));
  const db = join(dir, 'warm.db');
  const { openDb } = await import('../dist/db/open.js');
  const opened = openDb(db, { mode: 'write', now: new Date() }).db;
  opened
    .prepare(
      "INSERT INTO people (name, origin, met_on, created_at) VALUES ('Warm Up', 'work', '2020-01-01', '2020-01-01')",
    )
    .run();
  opened.close();
  const { exports, script, cacheName } = loadLean(false);
  const exit = process.exit;
  process.exit = () => undefined;
  // A terminal that keeps nothing (the lean path writes files and pipes itself: the build's output
  // would show every warm-up line), calling back as a stream would.
  const quiet = {
    destroyed: false,
    errored: null,
    write: (_chunk, enc, cb) => {
      (typeof enc === 'function' ? enc : cb)?.();
      return true;
    },
    once: () => quiet,
    off: () => quiet,
  };
  const term = {
    stdout: quiet,
    stderr: quiet,
    isTTY: { stdin: false, stdout: false, stderr: false },
    size: { columns: undefined, rows: undefined },
    env: process.env,
  };
  try {
    for (const argv of [
      ['give', 'Warm Up', 'a book', '--kind', 'help'],
      ['give', '#1', 'a book'],
      ['take', 'Warm', 'advice'],
      ['touch', 'Warm Up', 'a call'],
      ['show', '#1'],
      ['list', '--json'],
      ['list'],
      ['search', 'book'],
      ['search', 'Warm', '--json'],
      ['remind'],
      ['today', '--json'],
    ])
      await exports.main(['--db', db, '--lang', 'en', ...argv], term);
  } finally {
    process.exit = exit;
    rmSync(dir, { recursive: true, force: true });
  }
  // `today` and `review` tune V8 at run time (src/cli/review-v8.ts); the cache is made under the
  // default flags a fresh process starts with.
  require('node:v8').setFlagsFromString('--semi-space-growth-factor=2 --use-osr --heap-growing-percent=0');
  writeFileSync(join(__dirname, '..', 'dist', 'bundle', cacheName), script.createCachedData());
  // V8 silently rejects a cache made under other flags than a fresh process has (a warm-up command
  // that set one at run time would do it), and every lean command then compiles the file again: a
  // `rel give` ~30% slower. A fresh process checks that it accepts this one.
  const check = spawnSync(
    process.execPath,
    ['-e', "process.exitCode = require('./bin/lean-loader.js').loadLean().script.cachedDataRejected ? 1 : 0"],
    { cwd: join(__dirname, '..'), stdio: 'inherit' },
  );
  if (check.status !== 0) throw new Error(`dist/bundle/${cacheName}: V8 rejects the code cache just made`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
