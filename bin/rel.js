#!/usr/bin/env node
// CommonJS (bin/package.json), so nothing here waits for the ES module loader: `--version` is
// answered at once, the commands typed many times a day run from one CommonJS file
// (dist/bundle/lean.cjs, see src/cli/lean-main.ts), and everything else loads the full CLI.
'use strict';
const argv = process.argv.slice(2);
const LEAN = new Set([
  'give',
  'take',
  'receive',
  'touch',
  'show',
  'list',
  'search',
  'remind',
  'today',
  'review',
]);
const full = () => import('../dist/bundle/main.js');
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const line = `${require('../package.json').version}\n`;
  // Straight to the descriptor: setting up Node's stdout stream costs more than the rest of this
  // answer (~2 ms of ~20). A reader gone already (EPIPE) wants nothing; anything else, the stream.
  try {
    require('node:fs').writeSync(1, line);
  } catch (e) {
    if (e.code !== 'EPIPE') process.stdout.write(line);
  }
} else if (argv.some((a) => LEAN.has(a))) {
  require('./lean-loader.js')
    .loadLean()
    .exports.main(argv)
    .then((done) => done || full());
} else {
  full();
}
