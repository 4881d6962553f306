// Makes the V8 code cache for dist/bundle/lean.cjs (see bin/lean-loader.js): runs the lean commands
// once on a scratch db, so the functions they use are compiled, then saves the compiled code.
// Run by scripts/bundle.mjs; usage: node scripts/warm-lean.cjs
'use strict';
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
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.exit = () => undefined;
  // Quiet, but calling back: the lean path waits for its output to drain before it ends.
  process.stdout.write = process.stderr.write = (_chunk, enc, cb) => {
    (typeof enc === 'function' ? enc : cb)?.();
    return true;
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
      await exports.main(['--db', db, '--lang', 'en', ...argv]);
  } finally {
    process.exit = exit;
    Object.assign(process.stdout, { write: write.out });
    Object.assign(process.stderr, { write: write.err });
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(join(__dirname, '..', 'dist', 'bundle', cacheName), script.createCachedData());
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
