// The benchmark: whole rel processes against a bare `node -e ''` run just before each of them, in
// shuffled order, as a user's machine runs them (no NODE_EXTRA_CA_CERTS). Each ratio is the median
// of the per-round ratios. Writes bench/RESULTS.md.
// usage: npm run bench [-- --quick] [-- --huge] [-- --compare <other checkout>]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { generate, SIZES } from './generate.mjs';
import { makeCards, prepareSync } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench', 'out');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const huge = argv.includes('--huge');
const compareAt = argv.includes('--compare') ? resolve(argv[argv.indexOf('--compare') + 1]) : undefined;
const ROUNDS = quick ? 3 : 11;
const TODAY = '2026-11-22';
const bin = join(root, 'bin', 'rel.js');

// A user's machine does not parse a CA bundle on every start: time rel as it runs there.
const env = {
  ...process.env,
  REL_NOW: TODAY,
  REL_LANG: 'en',
  NO_COLOR: '1',
  XDG_CONFIG_HOME: join(out, 'config'),
};
delete env.NODE_EXTRA_CA_CERTS;
delete env.REL_DB;
delete env.REL_CONFIG;

const SHOWN = /^(NODE_|REL_|XDG_|LANG$|LC_|NO_COLOR$|UV_|TZ$)/;
console.error(`Node ${process.version} at ${process.execPath}; every timed process runs with:`);
for (const [k, v] of Object.entries(env).sort()) if (SHOWN.test(k)) console.error(`  ${k}=${v}`);
console.error(
  `  NODE_EXTRA_CA_CERTS: unset (it was ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'} here)`,
);
console.error(
  `  and ${Object.keys(env).filter((k) => !SHOWN.test(k)).length} other variables, none read by Node or rel`,
);

mkdirSync(out, { recursive: true });
const db = (name) => join(out, `${name}.db`);
const fresh = (path) => {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
};
const copyDb = (from, to) => {
  fresh(to);
  copyFileSync(from, to);
};

function time(args, extra = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: { ...env, ...extra },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const shuffle = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
/** Whether this build of rel has a command (search and sync come from other branches). */
const hasCommand = (relBin, name) =>
  new RegExp(`^  ${name}[ |]`, 'm').test(
    spawnSync(process.execPath, [relBin, '--help'], { env, encoding: 'utf8' }).stdout,
  );
const hasOption = (relBin, command, option) =>
  spawnSync(process.execPath, [relBin, command, '--help'], { env, encoding: 'utf8' }).stdout.includes(option);

/**
 * Every row, once per round, in a new shuffled order each round; each timing right after a bare
 * `node -e ''`, so both see the same moment of a noisy machine. The ratio is the median of the
 * per-round ratios.
 */
function measure(rows, rounds) {
  for (const r of rows) r.samples = [];
  for (let i = 0; i < rounds; i++) {
    for (const r of shuffle(rows)) {
      r.before?.();
      const base = time(['-e', '']);
      const ms = time(r.args);
      r.samples.push({ base, ms, ratio: ms / base });
    }
    console.error(`round ${i + 1}/${rounds}`);
  }
  for (const r of rows) {
    r.ms = median(r.samples.map((s) => s.ms));
    r.base = median(r.samples.map((s) => s.base));
    r.ratio = median(r.samples.map((s) => s.ratio));
  }
}

/** Peak resident memory of one rel run, from inside the process (bench/rss.cjs). */
function peakMb(args) {
  const file = join(out, 'rss');
  time(['--require', join(root, 'bench', 'rss.cjs'), ...args], { REL_RSS_OUT: file });
  return Number(readFileSync(file, 'utf8')) / 1024;
}

console.error('generating the synthetic networks (seeded, the same every run)…');
const small = db('small');
const large = db('large');
generate('small', small, TODAY);
generate('large', large, TODAY);
const scratch = db('write');
copyDb(large, scratch);
// The person the give rows write about, by name and by id.
const seventh = createRequire(import.meta.url)('better-sqlite3')(large, { readonly: true });
const SEVENTH = seventh.prepare('SELECT name FROM people WHERE id = 7').pluck().get();
seventh.close();
const floorDb = db('floor');
fresh(floorDb);
// The statements a large review runs, recorded once, replayed by the review's floor row.
const reviewSql = join(out, 'review-sql.json');
time(['--require', join(root, 'bench', 'review-sql.cjs'), bin, '--db', large, 'review'], {
  REL_SQL_OUT: reviewSql,
});

/** The rows for one build of rel (this checkout, or the one given to --compare). */
function relRows(relBin, tag) {
  const rel = (label, args, target, extra = {}) => ({
    label: `${label}${tag}`,
    args: [relBin, ...args],
    target,
    ...extra,
  });
  const rows = [
    rel('rel --version', ['--version'], 1.15),
    rel('rel give (large db, by name)', ['--db', scratch, 'give', SEVENTH, 'lent a book'], 2.0),
    rel('rel give (large db, by #id)', ['--db', scratch, 'give', '#7', 'lent a book', '--kind', 'help'], 2.0),
    rel('rel show (busiest person, large)', ['--db', large, 'show', '#1'], 2.5),
    rel('rel list --json (large)', ['--db', large, 'list', '--json'], 5),
    rel('rel review (small)', ['--db', small, 'review'], undefined),
    rel('rel review (large)', ['--db', large, 'review'], 6),
    // The default view shows five critical findings and counts the rest; --all words and prints
    // every one (the large network has ~3,300): shown for transparency, with no target.
    rel('rel review --all (large)', ['--db', large, 'review', '--all'], undefined),
    rel('rel remind (large)', ['--db', large, 'remind'], 4),
    // The daily digest: reminders and the one finding that matters most, which runs the coach over
    // the whole network as review does. No target in the issue: shown so it is watched.
    rel('rel today (large)', ['--db', large, 'today'], undefined),
  ];
  // Every reminder, as remind printed them all before its brief text: no target, for transparency.
  if (hasOption(relBin, 'remind', '--all'))
    rows.push(rel('rel remind --all (large)', ['--db', large, 'remind', '--all'], undefined));
  else console.error(`rel remind --all${tag}: no such option in this build, row skipped`);
  if (hasCommand(relBin, 'search'))
    rows.push(rel('rel search (large)', ['--db', large, 'search', 'Yumi'], 3));
  else console.error(`rel search${tag}: no such command in this build, row skipped`);
  if (hasCommand(relBin, 'sync')) {
    const sync = prepareSync(relBin, join(out, tag ? 'compared' : '.'), env);
    rows.push(rel('rel sync (10,000 changes)', ['--db', sync.db, 'sync', sync.folder], undefined, sync));
  } else console.error(`rel sync${tag}: no such command in this build, row skipped`);
  return rows;
}

const rows = [
  { label: 'floor: better-sqlite3, WAL, one insert', args: [join(root, 'bench', 'floor.cjs'), floorDb] },
  // What loading alone costs a review: its own statements and JSON.parse, in a bare script.
  {
    label: "floor: the large review's SQL and JSON.parse alone",
    args: [join(root, 'bench', 'review-sql.cjs'), large, reviewSql],
  },
  ...relRows(bin, ''),
  ...(compareAt ? relRows(join(compareAt, 'bin', 'rel.js'), ' [compared]') : []),
];
measure(rows, ROUNDS);

const extras = [];
const reviewPeak = median(
  Array.from({ length: quick ? 1 : 3 }, () => peakMb([bin, '--db', large, 'review'])),
);
extras.push({
  label: 'peak memory, review (large)',
  value: `${reviewPeak.toFixed(0)} MB`,
  met: reviewPeak <= 100,
  target: '≤ 100 MB',
});

const vcf = join(out, 'cards.vcf');
writeFileSync(vcf, makeCards(10_000));
const imports = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  fresh(db('import'));
  imports.push(time([bin, '--db', db('import'), 'import', vcf]));
}
extras.push({
  label: 'import 10,000 vCards',
  value: `${(median(imports) / 1000).toFixed(2)} s`,
  met: median(imports) <= 3000,
  target: '≤ 3 s',
});

const syncRow = rows.find((r) => r.label === 'rel sync (10,000 changes)');
if (syncRow)
  extras.push({
    label: 'rel sync applying 10,000 changes',
    value: `${(syncRow.ms / 1000).toFixed(2)} s`,
    met: syncRow.ms <= 2000,
    target: '≤ 2 s',
  });

if (huge) {
  const h = SIZES.huge;
  console.error(
    `generating the huge network (${h.people.toLocaleString('en')} people, ${h.records.toLocaleString('en')} records)…`,
  );
  const hugeDb = db('huge');
  const started = Date.now();
  generate('huge', hugeDb, TODAY);
  console.error(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const backup = join(out, 'huge.json');
  // Each timed three times (the median), a run being seconds long on a machine whose load comes and
  // goes; the peak once (it does not vary).
  const run = (label, args, limits, before = () => {}) => {
    const ms = median(
      [1, 2, 3].map(() => {
        before();
        return time([bin, ...args]);
      }),
    );
    before();
    const mb = peakMb([bin, ...args]);
    const ok =
      (limits.s === undefined || ms <= limits.s * 1000) && (limits.mb === undefined || mb <= limits.mb);
    const target = [limits.s && `≤ ${limits.s} s`, limits.mb && `≤ ${limits.mb} MB`]
      .filter(Boolean)
      .join(', ');
    extras.push({
      label,
      value: `${(ms / 1000).toFixed(2)} s, ${mb.toFixed(0)} MB`,
      met: target ? ok : undefined,
      target: target || '—',
    });
  };
  // The reads first: the export writes ~100 MB a run, and the kernel writing that out to disk
  // afterwards slowed the review timed after it by a sixth.
  run('rel review, huge', ['--db', hugeDb, 'review'], { s: 1.5, mb: 250 });
  run('rel list --json, huge', ['--db', hugeDb, 'list', '--json'], {});
  // export refuses to replace a file without --force: each run writes a new one.
  run(
    'rel export --format json, huge',
    ['--db', hugeDb, 'export', '--format', 'json', '--out', backup],
    { mb: 300 },
    () => rmSync(backup, { force: true }),
  );
  run('rel give, huge', ['--db', hugeDb, 'give', '#7', 'lent a book'], {});
}

const fmt = (n, d = 0) => n.toFixed(d);
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : '**missed**');
const { people, records, events, years } = SIZES.large;
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench${huge ? ' -- --huge' : ''}\`: ${ROUNDS} rounds, every row once a round in shuffled order, each right after a bare \`node -e ''\`; the ratio is the median of the per-round ratios.`,
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.version}; NODE_EXTRA_CA_CERTS unset for every timed process (a user's machine parses no CA bundle at start).`,
  `Data: small = ${SIZES.small.people} people, ${SIZES.small.records.toLocaleString('en')} gives/takes/touches; large = ${people.toLocaleString('en')} people, ${records.toLocaleString('en')} over ${years} years, ${events.toLocaleString('en')} events; huge = ${SIZES.huge.people.toLocaleString('en')} people, ${SIZES.huge.records.toLocaleString('en')} records (bench/generate.mjs, seeded).`,
  '',
  "| command | median | `node -e ''` | ratio | target | |",
  '|---|---:|---:|---:|---|---|',
  ...rows.map((r) => {
    const target = r.target === undefined ? '—' : `≤ ${r.target}×`;
    const ok = r.target === undefined ? undefined : r.ratio <= r.target;
    return `| ${r.label} | ${fmt(r.ms)} ms | ${fmt(r.base)} ms | ${fmt(r.ratio, 2)}× | ${target} | ${verdict(ok)} |`;
  }),
  ...extras.map((e) => `| ${e.label} | ${e.value} | | | ${e.target} | ${verdict(e.met)} |`),
  '',
];
const report = `${lines.join('\n').trimEnd()}\n`;
if (!quick && !compareAt) {
  const notes = join(root, 'bench', 'NOTES.md');
  writeFileSync(
    join(root, 'bench', 'RESULTS.md'),
    existsSync(notes) ? `${report}\n${readFileSync(notes, 'utf8')}` : report,
  );
}
console.log(report);
