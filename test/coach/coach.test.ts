/** The coach as one voice: one review, no contradictions, no pile-ups, the configured aims. */
import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { add } from '../../src/commands/add.js';
import { config } from '../../src/commands/config.js';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { take } from '../../src/commands/ledger.js';
import { loadConfig } from '../../src/config/config.js';
import type { Lang } from '../../src/domain/types.js';
import { testEnv } from '../helpers/db.js';

function demoCoach(lang: Lang) {
  const { db, deps } = testEnv({ lang });
  loadDemo(db, demoData(), deps.today, lang, deps.now.toISOString());
  return coach(deps);
}

describe.each<Lang>(['en', 'ja'])('the demo review in %s reads as one coach', (lang) => {
  const r = demoCoach(lang);

  it('names no person in more than two findings of the default view', () => {
    const count = new Map<string, number>();
    for (const f of r.shown)
      if (!['mixer-for-networking', 'paid-club'].includes(f.rule))
        for (const p of f.people) count.set(p.name, (count.get(p.name) ?? 0) + 1);
    expect([...count].filter(([, n]) => n > 2)).toEqual([]);
  });

  it('never proposes deepening a tie another finding says not to count on', () => {
    const deepen = new Set(
      r.findings.filter((f) => f.rule === 'go-deep').flatMap((f) => f.people.map((p) => p.id)),
    );
    const cautioned = r.findings
      .filter((f) => ['one-sided', 'dont-force', 'slash-and-burn', 'paid-club'].includes(f.rule))
      .flatMap((f) => f.people.map((p) => p.id));
    expect(cautioned.filter((id) => deepen.has(id))).toEqual([]);
  });

  it('merges the asks about one person into one message', () => {
    const askRules = ['give-first', 'too-soon-to-ask', 'info-taker', 'taking-more-than-giving'];
    const perPerson = new Map<number, number>();
    for (const f of r.shown.filter((x) => askRules.includes(x.rule) && x.severity === 'warning'))
      for (const p of f.people) perPerson.set(p.id, (perPerson.get(p.id) ?? 0) + 1);
    expect([...perPerson.values()].every((n) => n === 1)).toBe(true);
    const merged = r.shown.find((f) => f.rules.length > 1)!;
    expect(merged.rules).toEqual([...new Set(merged.rules)]);
    expect(r.findings.length).toBeGreaterThan(r.shown.length);
  });

  it('shows every warning before hiding any tip, and three moves about different people', () => {
    const sev = r.shown.map((f) => f.severity);
    const warningsAll = r.findings.filter((f) => f.severity === 'warning').length;
    if (sev.includes('tip'))
      expect(sev.filter((s) => s === 'warning').length).toBeLessThanOrEqual(warningsAll);
    expect(r.moves).toHaveLength(3);
    expect(new Set(r.moves).size).toBe(3);
  });

  it('never says "62 more gives": the ratio is an attitude', () => {
    const ratio = r.findings.find((f) => f.rule === 'give-take-ratio')!;
    expect(ratio.message).not.toMatch(/more (small )?gives|あと\d+回/);
  });
});

describe('the header shows the configured aims', () => {
  it('rules.give-take-ratio.aim 8 shows aim 8 : 1', async () => {
    const { deps } = testEnv();
    await config({ action: 'set', key: 'rules.give-take-ratio.aim', value: '8' }, deps);
    // Each rel call reads the config afresh; so does this test.
    const fresh = { ...deps, config: loadConfig(deps.configPath) };
    await config({ action: 'set', key: 'rules.go-deep.aim', value: '4' }, fresh);
    const r = coach({ ...deps, config: loadConfig(deps.configPath) });
    expect(r.aims).toEqual({ ratio: 8, deep: 4 });
  });
});

describe('an offered take is never an ask', () => {
  it('a project offered by someone who came to you: a tip to thank them, no warning, no "asked"', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ren Ito', origin: 'inbound', date: '2026-11-01' }, deps);
    const w = await take(
      { person: 'Ren', what: 'a website project', kind: 'referral', date: '2026-11-05', offered: true },
      deps,
    );
    expect(w.entry).toMatchObject({ offered: true });
    expect(w.findings).toEqual([]);
    const r = coach(deps);
    const aboutRen = r.findings.filter((f) => f.people.some((p) => p.name === 'Ren Ito'));
    expect(aboutRen.map((f) => [f.rule, f.severity])).toContainEqual(['taking-more-than-giving', 'tip']);
    expect(aboutRen.filter((f) => f.severity !== 'tip')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'warning').flatMap((f) => f.people)).toEqual([]);
    expect(aboutRen[0]!.message).toMatch(/Ren Ito offered you a website project on 5 Nov/);
    expect(r.moves).toContain('Thank Ren Ito for a website project and look for a give back.');
    expect(r.findings.map((f) => f.message).join('\n')).not.toMatch(/You asked Ren/);
  });

  it('a sale cannot be offered', async () => {
    const { deps } = testEnv();
    await add({ name: 'Naoki', origin: 'school' }, deps);
    await expect(
      take({ person: 'Naoki', what: 'a plan', kind: 'sale', offered: true }, deps),
    ).rejects.toThrow();
  });
});

describe('numbers that agree', () => {
  it('the mixers row and the mixer finding count the same events: no paid club, no insight mixer', async () => {
    const { deps } = testEnv();
    const { event } = await import('../../src/commands/event.js');
    await event({ name: 'Biz Mixer', kind: 'mixer', date: '2026-10-01', cost: '5000', hours: '3' }, deps);
    await event({ name: 'Pro Party', kind: 'party', date: '2026-10-15', cost: '3000', hours: '2' }, deps);
    await event({ name: 'Startup Salon', kind: 'paid-club', date: '2026-10-20', cost: '12000' }, deps);
    await event(
      { name: 'Retail Meetup', kind: 'mixer', purpose: 'industry-insight', date: '2026-11-01', cost: '2000' },
      deps,
    );
    const r = coach(deps);
    const mixer = r.findings.find((f) => f.rule === 'mixer-for-networking')!;
    expect(r.metrics.lowYieldEvents).toMatchObject({ count: 2, cost: 8000, hours: 5 });
    expect(mixer.message).toContain('2 mixer-type events');
    expect(mixer.message).toContain('¥8,000');
    expect(r.findings.find((f) => f.rule === 'paid-club')!.message).toContain('¥12,000');
  });

  it('shallow contacts leave out people met today and school friends with no logged history', async () => {
    const { deps } = testEnv();
    await add({ name: 'Met Today' }, deps);
    await add({ name: 'Old School Friend', origin: 'school', date: '2005-04-01' }, deps);
    await add({ name: 'Card Person', origin: 'event', date: '2026-10-01' }, deps);
    expect(coach(deps).metrics.shallowContacts).toBe(1);
  });
});

describe('progress in the review', () => {
  it('names who became a deep tie in the last 90 days, and compares with that day', async () => {
    const { deps } = testEnv();
    const { give } = await import('../../src/commands/ledger.js');
    await add({ name: 'Yui Mori', origin: 'study-group', date: '2026-01-10' }, deps);
    await add({ name: 'Old Friend', origin: 'work', date: '2015-04-01' }, deps);
    for (const d of ['2026-03-01', '2026-04-01', '2026-05-01'])
      await give({ person: 'Old Friend', what: 'help', date: d }, deps);
    await take({ person: 'Old Friend', what: 'advice', kind: 'advice', date: '2026-06-01' }, deps);
    for (const d of ['2026-09-01', '2026-10-01', '2026-11-01'])
      await give({ person: 'Yui', what: 'feedback', date: d }, deps);
    await take({ person: 'Yui', what: 'a book', kind: 'gift', date: '2026-11-10' }, deps);
    const r = coach(deps);
    expect(r.trend).toEqual({ since: '2026-08-24', newDeep: ['Yui Mori'] });
    expect([r.metrics.previous.deepTies, r.metrics.deepTies]).toEqual([1, 2]);
    expect(r.metrics.previous.givesToTakes).toEqual([3, 1]);
  });
});
