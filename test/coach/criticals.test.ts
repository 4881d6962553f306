/**
 * The default review shows the first few critical findings one by one and counts the rest under
 * them; `--all` and `--json` keep every one.
 */
import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { CRITICAL_SHOWN } from '../../src/coach/present.js';
import { add } from '../../src/commands/add.js';
import { take } from '../../src/commands/ledger.js';
import { tempDir, testEnv } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

const FRIENDS = ['Naoki Fujita', 'Kenji Abe', 'Sora Ueda', 'Mai Ogawa', 'Riku Endo', 'Yuna Hara', 'Ken Oda'];

async function salesNetwork() {
  const env = testEnv();
  for (const [i, name] of FRIENDS.entries()) {
    await add({ name, origin: 'school', date: '2010-04-01' }, env.deps);
    await take(
      { person: name, what: `insurance plan ${i + 1}`, kind: 'sale', date: `2026-11-${10 + i}` },
      env.deps,
    );
  }
  return env;
}

describe('critical findings in the default review', () => {
  it(`shows ${CRITICAL_SHOWN} sales one by one (all to school friends: the most recent) and counts the other two`, async () => {
    const { deps, path, db } = await salesNetwork();
    const r = coach(deps);
    const shown = r.shown.filter((f) => f.severity === 'critical');
    expect(shown.map((f) => f.people[0]!.name)).toEqual(FRIENDS.slice(2).reverse());
    expect(r.hiddenCritical).toBe(2);
    expect(r.findings.filter((f) => f.rule === 'slash-and-burn')).toHaveLength(FRIENDS.length);
    db.close();

    const env = { REL_DB: path, REL_NOW: '2026-11-22', XDG_CONFIG_HOME: tempDir() };
    const text = (await runCli(['review'], env)).out;
    expect(text.match(/✖/g)).toHaveLength(CRITICAL_SHOWN);
    expect(text).toContain('and 2 more critical findings: rel review --all');
    expect(text).not.toContain('Kenji Abe');
    // The two are counted once: the closing line counts only what is not critical.
    const others = r.hidden - r.hiddenCritical;
    if (others > 0) expect(text).toContain(`${others} more finding`);
    else expect(text).not.toMatch(/^\d+ more findings?:/m);

    const all = (await runCli(['review', '--all'], env)).out;
    expect(all.match(/✖/g)).toHaveLength(FRIENDS.length);
    expect(all).not.toContain('more critical');

    const ja = (await runCli(['review'], { ...env, REL_LANG: 'ja' })).out;
    expect(ja).toContain('ほかに重大な指摘が2件：rel review --all');

    const json = JSON.parse((await runCli(['review', '--json'], env)).out) as Record<string, unknown>;
    expect((json.findings as { rule: string }[]).filter((f) => f.rule === 'slash-and-burn')).toHaveLength(7);
    expect(json).not.toHaveProperty('hiddenCritical');
  });

  it('says nothing more when every critical finding fits', async () => {
    const { deps, path, db } = testEnv();
    await add({ name: 'Naoki Fujita', origin: 'school', date: '2010-04-01' }, deps);
    await take({ person: 'Naoki Fujita', what: 'a plan', kind: 'sale', date: '2026-11-10' }, deps);
    expect(coach(deps).hiddenCritical).toBe(0);
    db.close();
    const out = (
      await runCli(['review'], { REL_DB: path, REL_NOW: '2026-11-22', XDG_CONFIG_HOME: tempDir() })
    ).out;
    expect(out.match(/✖/g)).toHaveLength(1);
    expect(out).not.toContain('more critical');
  });
});
