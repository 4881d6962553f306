// Compares what two built checkouts of rel print for review, today and the findings of writes, byte
// for byte: review text (default and --all) in both languages, review --json, today, and give/take
// --json (their findings), on the given dbs, the demo network and the test personas (built afresh
// by the first checkout), on several days. Usage:
//   node bench/compare-review.mjs <old checkout> <new checkout> [db …]
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareSetup } from './compare-common.mjs';

const { oldDir, newDir, dbs, work, env, rel, addPersonas } = compareSetup('compare-review.mjs');
const quick = process.env.COMPARE_QUICK === '1';

// The personas, built through the old checkout.
if (!quick) addPersonas();

// The demo network, kept by the old checkout.
const kept = rel(oldDir, ['demo', '--keep'], { REL_NOW: '2026-11-22', REL_LANG: 'en' });
const demoDb = /(\S+\.db)\b/.exec(kept.stdout + kept.stderr)?.[1];
if (demoDb) {
  copyFileSync(demoDb, join(work, 'demo.db'));
  rmSync(dirname(demoDb), { recursive: true, force: true });
  dbs.push(join(work, 'demo.db'));
} else console.log('no demo db kept:', kept.stdout.slice(-300), kept.stderr.slice(-300));

let runs = 0;
let diffs = 0;
const compare = (label, outs) => {
  runs++;
  if (outs[0] !== outs[1]) {
    diffs++;
    console.log(`DIFFERS: ${label}`);
  }
  if (runs === 1 || outs[0].length < 60) console.log(`(${outs[0].length} bytes) ${label}`);
};

// The demo command itself, in both languages.
for (const lang of ['en', 'ja'])
  for (const cmd of [['demo'], ['demo', '--json']])
    compare(
      `${lang} ${cmd.join(' ')}`,
      [oldDir, newDir].map((dir) => {
        const r = rel(dir, cmd, { REL_NOW: '2026-11-22', REL_LANG: lang });
        return JSON.stringify([r.status, r.stdout, r.stderr]);
      }),
    );

for (const db of dbs) {
  const copies = [oldDir, newDir].map((_, i) => {
    const c = join(work, `copy${i}.db`);
    copyFileSync(db, c);
    return c;
  });
  const run = (cmd, now, lang) =>
    [oldDir, newDir].map((dir, i) => {
      const r = spawnSync(
        process.execPath,
        [join(dir, 'bin', 'rel.js'), '--db', copies[i], '--lang', lang, ...cmd],
        {
          env: { ...env, REL_NOW: now },
          encoding: 'utf8',
          cwd: work,
          maxBuffer: 1 << 28,
        },
      );
      const clean = (t) => t.replaceAll(copies[i], 'DB');
      return JSON.stringify([r.status, clean(r.stdout), clean(r.stderr)]);
    });
  const people = JSON.parse(
    rel(oldDir, ['--db', copies[0], 'list', '--json'], { REL_NOW: '2026-11-22' }).stdout || '[]',
  );
  const list = Array.isArray(people) ? people : (people.people ?? []);
  const ids = list.map((p) => p.id).filter((id) => typeof id === 'number');
  const pick = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]].filter((x) => x !== undefined);
  const days = quick ? ['2026-11-22'] : ['2026-11-22', '2026-02-28', '2027-06-30'];
  for (const now of days) {
    for (const lang of ['en', 'ja'])
      for (const cmd of [['review'], ['review', '--all'], ['review', '--json'], ['today']])
        compare(`${db} ${now} ${lang} ${cmd.join(' ')}`, run(cmd, now, lang));
    // Writes and their findings (the same writes on both copies), then the review after them.
    const writes = [];
    for (const id of pick)
      writes.push(
        ['take', `#${id}`, 'advice on pricing', '--kind', 'advice', '--json'],
        ['take', `#${id}`, 'a lead', '--kind', 'referral', '--json'],
        ['take', `#${id}`, 'a demo', '--kind', 'sale', '--date', '2 days ago', '--json'],
        ['give', `#${id}`, 'an intro', '--kind', 'intro', '--json'],
        ['take', `#${id}`, 'a book', '--kind', 'gift', '--offered', '--json'],
      );
    for (const w of writes) compare(`${db} ${now} ${w.join(' ')}`, run(w, now, 'en'));
    compare(`${db} ${now} en review --json (after writes)`, run(['review', '--json'], now, 'en'));
    compare(`${db} ${now} ja review (after writes)`, run(['review'], now, 'ja'));
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`${runs} runs, ${diffs} differ`);
process.exitCode = diffs ? 1 : 0;
