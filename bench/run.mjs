// The benchmark: whole rel processes against a bare `node -e ''`, interleaved, medians and ratios,
// peak memory, and a 10,000-card import. Writes bench/RESULTS.md. usage: npm run bench [-- --quick]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench', 'out');
const bin = join(root, 'bin', 'rel.js');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 11;
const TODAY = '2026-11-22';
const env = {
  ...process.env,
  REL_NOW: TODAY,
  REL_LANG: 'en',
  NO_COLOR: '1',
  XDG_CONFIG_HOME: join(out, 'config'),
};

mkdirSync(out, { recursive: true });
const small = join(out, 'small.db');
const large = join(out, 'large.db');
console.error('generating the synthetic networks (seeded, the same every run)…');
generate('small', small, TODAY);
generate('large', large, TODAY);
const scratch = join(out, 'write.db');
copyFileSync(large, scratch);

function time(cmd, args, extra = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    env: { ...env, ...extra },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The command and a bare node start, alternated so both see the same machine load. */
function measure(label, args, target) {
  const base = [];
  const cmd = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(time(process.execPath, ['-e', '']));
    cmd.push(time(process.execPath, [bin, ...args]));
  }
  const row = { label, ms: median(cmd), base: median(base), target };
  row.ratio = row.ms / row.base;
  console.error(`${label}: ${row.ms.toFixed(0)} ms (${row.ratio.toFixed(2)}× node)`);
  return row;
}

const rows = [
  measure('rel --version', ['--version'], '≤ 1.3×'),
  measure(
    'rel give (one write, large db)',
    ['--db', scratch, 'give', '#7', 'lent a book', '--kind', 'help'],
    '≤ 2.0×',
  ),
  measure('rel show (busiest person, large)', ['--db', large, 'show', '#1'], '—'),
  measure('rel list --json (large)', ['--db', large, 'list', '--json'], '—'),
  measure('rel review (small)', ['--db', small, 'review'], '—'),
  measure('rel review (large)', ['--db', large, 'review'], '≤ 6×'),
  measure('rel remind (large)', ['--db', large, 'remind'], '—'),
];
const reviewSmall = rows.find((r) => r.label === 'rel review (small)');
const reviewLarge = rows.find((r) => r.label === 'rel review (large)');

const rssFile = join(out, 'rss');
const peak = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  time(process.execPath, [join(root, 'bench', 'rss.mjs'), '--db', large, 'review'], { REL_RSS_OUT: rssFile });
  peak.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
}

// 10,000 vCards into a fresh db.
const vcf = join(out, 'cards.vcf');
const cards = [];
for (let i = 0; i < 10_000; i++) {
  cards.push(
    `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person ${i}\r\nN:Person ${i};Card;;;\r\nEMAIL;TYPE=INTERNET:card${i}@example.com\r\nTEL;TYPE=CELL:090-${String(i).padStart(8, '0')}\r\nORG:Example ${i % 50}\r\nNOTE:Imported for the benchmark\\, card ${i}\r\nEND:VCARD`,
  );
}
writeFileSync(vcf, `${cards.join('\r\n')}\r\n`);
const imports = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  const db = join(out, 'import.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  imports.push(time(process.execPath, [bin, '--db', db, 'import', vcf]));
}

const fmt = (n, d = 0) => n.toFixed(d);
const met = (ok) => (ok ? 'met' : '**missed**');
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (${RUNS} interleaved runs each, medians).`,
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.version}.`,
  `Data: small = 500 people, 15,000 gives/takes/touches, 200 events; large = 10,000 people, 300,000 over ten years, 2,000 events (bench/generate.mjs, seeded).`,
  '',
  "| command | median | `node -e ''` | ratio | target | |",
  '|---|---:|---:|---:|---|---|',
  ...rows.map((r) => {
    const limit = /≤ ([\d.]+)×/.exec(r.target);
    const verdict = limit ? met(r.ratio <= Number(limit[1])) : '';
    return `| ${r.label} | ${fmt(r.ms)} ms | ${fmt(r.base)} ms | ${fmt(r.ratio, 2)}× | ${r.target} | ${verdict} |`;
  }),
  `| review large ÷ review small | | | ${fmt(reviewLarge.ms / reviewSmall.ms, 2)}× | ≤ 3× | ${met(reviewLarge.ms / reviewSmall.ms <= 3)} |`,
  `| peak memory, review (large) | ${fmt(median(peak))} MB | | | ≤ 150 MB | ${met(median(peak) <= 150)} |`,
  `| import 10,000 vCards | ${fmt(median(imports) / 1000, 2)} s | | | ≤ 3 s | ${met(median(imports) <= 3000)} |`,
  '',
];
const notes = join(root, 'bench', 'NOTES.md');
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
writeFileSync(join(root, 'bench', 'RESULTS.md'), `${lines.join('\n').trimEnd()}\n`);
console.log(lines.join('\n'));
