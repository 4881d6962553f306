// Compares what two built checkouts of rel print for remind and today, byte for byte: text in both
// languages, --json, --ics (the file), several --days and days of the year, on the given dbs and on
// the test personas (built afresh by the first checkout). Usage:
//   node bench/compare-remind.mjs <old checkout> <new checkout> [db …]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [oldDir, newDir, ...dbs] = process.argv.slice(2).map((p) => resolve(p));
if (!newDir) throw new Error('usage: node bench/compare-remind.mjs <old checkout> <new checkout> [db …]');
const work = mkdtempSync(join(tmpdir(), 'rel-cmp-'));
const env = { ...process.env, NO_COLOR: '1', LANG: 'C', REL_CONFIG: join(work, 'config.json') };
delete env.REL_LANG;
delete env.NODE_EXTRA_CA_CERTS;

const rel = (dir, argv, extra = {}) =>
  spawnSync(process.execPath, [join(dir, 'bin', 'rel.js'), ...argv], {
    env: { ...env, ...extra },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });

// The personas, built through the old checkout.
const personas = join(import.meta.dirname, '..', 'test', 'fixtures', 'personas');
for (const f of readdirSync(personas).filter((f) => f.endsWith('.json'))) {
  const p = JSON.parse(readFileSync(join(personas, f), 'utf8'));
  const db = join(work, f.replace('.json', '.db'));
  const e = { REL_DB: db, REL_NOW: '2026-11-22', REL_LANG: p.lang };
  writeFileSync(join(work, 'answers.json'), JSON.stringify(p.answers));
  rel(oldDir, ['onboard', '--answers', join(work, 'answers.json')], e);
  for (const step of p.steps) rel(oldDir, step, e);
  dbs.push(db);
}

let runs = 0;
let diffs = 0;
for (const db of dbs) {
  const copies = [oldDir, newDir].map((_, i) => {
    const c = join(work, `copy${i}.db`);
    copyFileSync(db, c);
    return c;
  });
  for (const now of ['2026-11-22', '2026-02-28', '2027-01-01'])
    for (const lang of ['en', 'ja'])
      for (const cmd of [
        ['remind'],
        ['remind', '--json'],
        ['remind', '--days', '30'],
        ['remind', '--days', '0', '--json'],
        ['remind', '--days', '400'],
        ['remind', '--ics', 'feed.ics'],
        ['today'],
        ['today', '--json'],
        ['today', '--days', '60'],
      ]) {
        const outs = [oldDir, newDir].map((dir, i) => {
          const cwd = join(work, `cwd${i}`);
          rmSync(cwd, { recursive: true, force: true });
          execFileSync('mkdir', ['-p', cwd]);
          const r = spawnSync(
            process.execPath,
            [join(dir, 'bin', 'rel.js'), '--db', copies[i], '--lang', lang, ...cmd],
            {
              env: { ...env, REL_NOW: now },
              encoding: 'utf8',
              cwd,
              maxBuffer: 1 << 28,
            },
          );
          let ics = '';
          try {
            ics = readFileSync(join(cwd, 'feed.ics'), 'utf8');
          } catch {
            // no --ics
          }
          const clean = (t) => t.replaceAll(copies[i], 'DB').replaceAll(cwd, 'CWD');
          return JSON.stringify([r.status, clean(r.stdout), clean(r.stderr), ics]);
        });
        runs++;
        if (outs[0] !== outs[1]) {
          diffs++;
          console.log(`DIFFERS: ${db} ${now} ${lang} ${cmd.join(' ')}`);
        }
        if (runs === 1 || outs[0].length < 40)
          console.log(`(${outs[0].length} bytes) ${db} ${now} ${lang} ${cmd.join(' ')}`);
      }
}
rmSync(work, { recursive: true, force: true });
console.log(`${runs} runs, ${diffs} differ`);
process.exitCode = diffs ? 1 : 0;
