// Loads dist/bundle/lean.cjs with the V8 code cache made for it at build time (scripts/warm-lean.cjs):
// compiling this one file is a large share of a `rel give`, and the cache skips it. A cache that
// does not match this Node is rejected by V8, and the file is then compiled as usual.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'bundle', 'lean.cjs');

/** The file's exports, and the compiled script (the build asks it for a new cache). */
function loadLean(useCache = true) {
  const source = readFileSync(file, 'utf8');
  // The build names the cache after the file's content on its last line: a stale cache is never read.
  const name = /\/\/# rel-code-cache: (\S+)\s*$/.exec(source.slice(-100));
  let cachedData;
  if (useCache && name) {
    try {
      cachedData = readFileSync(join(dirname(file), name[1]));
    } catch {
      // no cache (a build without it): compile as usual
    }
  }
  const script = new Script(wrap(source), cachedData ? { filename: file, cachedData } : { filename: file });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheName: name && name[1] };
}

module.exports = { loadLean };
