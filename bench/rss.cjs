// Preloaded with --require into a timed rel process: writes its peak resident memory (KB) to the
// file named by REL_RSS_OUT when it exits.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => writeFileSync(process.env.REL_RSS_OUT, String(process.resourceUsage().maxRSS)));
