// Compares what two built checkouts of rel print for remind and today, byte for byte: text in both
// languages, --json, --ics (the file), several --days and days of the year, on the given dbs and on
// the test personas (built afresh by the first checkout). Usage:
//   node bench/compare-remind.mjs <old checkout> <new checkout> [db …]
// The old checkout is one from before the brief text (`rel remind` printed every reminder): the new
// one's `remind --all` is compared with its plain `remind`. Each text is also run plainly on the new
// one and must be the old text with lines left out, then one line of how many more (or, when
// nothing was left out, the same bytes); remind's shows min(total, 12), the total from --json.
// With COMPARE_SAME=1 both checkouts have the brief text: each command is compared as it is, and the
// brief texts are not checked again.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareSetup } from './compare-common.mjs';

const { oldDir, newDir, dbs, work, env, addPersonas } = compareSetup('compare-remind.mjs');
const same = process.env.COMPARE_SAME === '1';

// The personas, built through the old checkout.
addPersonas();

let runs = 0;
let diffs = 0;
let briefs = 0;
let shortened = 0;
const MORE =
  /^ *(?:and ([\d,]+) more: |ほかに([\d,]+)件あります。すべて表示：)rel remind (?:--days \d+ )?--all$/;

/** Why the brief text is not the old text cut short (undefined: it is). */
function briefDiffers([code, out, err, ics], [bCode, bOut, bErr, bIcs], cmd, json) {
  if (code !== bCode || err !== bErr || ics !== bIcs) return 'exit code, stderr or --ics file';
  if (out === bOut) return undefined;
  const lines = bOut.split('\n');
  const at = lines.findIndex((l) => MORE.test(l));
  if (at < 0) return 'shorter, with no line of how many more';
  const m = MORE.exec(lines[at]);
  const more = Number((m[1] ?? m[2]).replaceAll(',', ''));
  const kept = lines.filter((_, i) => i !== at);
  const old = out.split('\n');
  let j = 0;
  for (const l of kept) {
    while (j < old.length && old[j] !== l) j++;
    if (j++ >= old.length) return `a line not in the old text: ${JSON.stringify(l)}`;
  }
  if (cmd[0] !== 'remind') return undefined;
  const all = JSON.parse(json()[1]);
  const total = all.due.length + all.birthdays.length + all.dates.length;
  return total - more === Math.min(total, 12) ? undefined : `${more} more of ${total}`;
}
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
        const text = !cmd.includes('--json');
        const run = (dir, i, argv) => {
          const cwd = join(work, `cwd${i}`);
          rmSync(cwd, { recursive: true, force: true });
          execFileSync('mkdir', ['-p', cwd]);
          const r = spawnSync(
            process.execPath,
            [join(dir, 'bin', 'rel.js'), '--db', copies[i], '--lang', lang, ...argv],
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
          return [r.status, clean(r.stdout), clean(r.stderr), ics];
        };
        // The new build's remind --all is the old build's plain text; today's text has no --all.
        const outs = [
          run(oldDir, 0, cmd),
          run(newDir, 1, !same && text && cmd[0] === 'remind' ? [...cmd, '--all'] : cmd),
        ].map((o) => JSON.stringify(o));
        if (!same && text && cmd[0] === 'today') outs[1] = outs[0];
        else runs++;
        if (outs[0] !== outs[1]) {
          diffs++;
          console.log(`DIFFERS: ${db} ${now} ${lang} ${cmd.join(' ')}`);
        }
        if (runs === 1 || outs[0].length < 40)
          console.log(`(${outs[0].length} bytes) ${db} ${now} ${lang} ${cmd.join(' ')}`);
        if (!text || same) continue;
        // The brief text: the old lines with some left out, then how many more.
        const [oldRun, briefRun] = [JSON.parse(outs[0]), run(newDir, 1, cmd)];
        const why = briefDiffers(oldRun, briefRun, cmd, () =>
          run(newDir, 1, [...cmd.filter((a) => a !== '--ics' && a !== 'feed.ics'), '--json']),
        );
        briefs++;
        if (why) {
          diffs++;
          console.log(`BRIEF DIFFERS (${why}): ${db} ${now} ${lang} ${cmd.join(' ')}`);
        } else if (briefRun[1] !== oldRun[1]) shortened++;
      }
}
rmSync(work, { recursive: true, force: true });
console.log(`${runs} runs and ${briefs} brief texts (${shortened} cut short), ${diffs} differ`);
process.exitCode = diffs ? 1 : 0;
