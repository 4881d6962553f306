// Preloaded with --require into a timed rel process: writes its peak resident memory (KB) to the
// file named by REL_RSS_OUT when it exits. VmHWM belongs to this process's own memory: getrusage's
// maxRSS also counts the bench's own memory at the fork (Linux carries it across exec).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kb = Number(hwm[1]);
  } catch {
    // not Linux: maxRSS it is
  }
  writeFileSync(process.env.REL_RSS_OUT, String(kb));
});
