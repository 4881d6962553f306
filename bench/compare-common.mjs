// What bench/compare-remind.mjs and bench/compare-review.mjs share: the two checkouts and dbs from
// the command line, a scratch folder, rel run as a user's machine runs it, and the test personas
// built afresh through the old checkout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function compareSetup(script) {
  const [oldDir, newDir, ...dbs] = process.argv.slice(2).map((p) => resolve(p));
  if (!newDir) throw new Error(`usage: node bench/${script} <old checkout> <new checkout> [db …]`);
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
  /** The personas (test/fixtures/personas), each in a db of its own, built through the old checkout. */
  const addPersonas = () => {
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
  };
  return { oldDir, newDir, dbs, work, env, rel, addPersonas };
}
