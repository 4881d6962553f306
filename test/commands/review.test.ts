import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { config } from '../../src/commands/config.js';
import { event } from '../../src/commands/event.js';
import { give, take } from '../../src/commands/ledger.js';
import { review } from '../../src/commands/review.js';
import { rules } from '../../src/commands/rules.js';
import { loadConfig } from '../../src/config/config.js';
import { setProfile } from '../../src/db/repos/profile.js';
import { testEnv } from '../helpers/db.js';

describe('writes report what they trigger at once', () => {
  it('a sale to a school friend is slash-and-burn, critical', async () => {
    const { deps } = testEnv();
    await add({ name: 'Naoki Fujita', origin: 'school', date: '2010-04-01' }, deps);
    const r = await take(
      { person: 'Naoki', what: 'an insurance plan', kind: 'sale', date: '2026-11-01' },
      deps,
    );
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['slash-and-burn', 'critical']]);
    expect(r.findings[0]!.message).toContain('Naoki Fujita');
    expect(r.findings[0]!.people).toEqual([{ id: 1, name: 'Naoki Fujita' }]);
  });

  it('a take from someone you never gave to is give-first; a give is silent', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko Tanaka', date: '2025-01-01' }, deps);
    const t = await take(
      { person: 'Aiko', what: 'advice on pricing', kind: 'advice', date: '2026-11-10' },
      deps,
    );
    expect(t.findings.map((f) => f.rule)).toEqual(['give-first']);
    expect(t.findings[0]!.message).toContain('advice on pricing');
    expect((await give({ person: 'Aiko', what: 'thanks' }, deps)).findings).toEqual([]);
    expect((await take({ person: 'Aiko', what: 'more advice', kind: 'advice' }, deps)).findings).toEqual([]);
  });

  it('logging a mixer for networking warns at once, with the money', async () => {
    const { deps } = testEnv();
    const r = await event(
      { name: 'Friday mixer', kind: 'mixer', cost: '5000', hours: '3', met: ['Card One'] },
      deps,
    );
    expect(r.findings.map((f) => f.rule)).toEqual(['mixer-for-networking']);
    expect(r.findings[0]!.message).toContain('¥5,000');
    const study = await event({ name: 'TS study', kind: 'study-group', purpose: 'learning' }, deps);
    expect(study.findings).toEqual([]);
  });

  it('speaks the user language', async () => {
    const { deps } = testEnv({ lang: 'ja' });
    await add({ name: '藤田 直樹', origin: 'school', date: '2010-04-01' }, deps);
    const r = await take({ person: '藤田', what: '保険', kind: 'sale' }, deps);
    expect(r.findings[0]!.message).toContain('学生時代の友人の藤田 直樹さん');
  });
});

describe('review', () => {
  it('computes the metrics and names people in its findings', async () => {
    const { deps, db } = testEnv();
    setProfile(db, { goal: 'freelance web engineer' });
    await add({ name: 'Ken Sato', origin: 'work', date: '2019-01-01', ahead: true }, deps);
    for (const d of ['2026-09-01', '2026-09-02', '2026-09-03'])
      await give({ person: 'Ken', what: 'help', date: d }, deps);
    await take({ person: 'Ken', what: 'advice', kind: 'advice', date: '2026-09-04' }, deps);
    const r = await review({}, deps);
    expect(r.metrics.givesToTakes).toEqual([3, 1]);
    expect(r.metrics.deepTies).toBe(1);
    expect(r.goal).toBe('freelance web engineer');
    expect(r.findings.map((f) => f.rule)).toContain('give-take-ratio');
    expect(r.findings.map((f) => f.rule)).not.toContain('no-goal');
    expect(r.moves).toEqual([
      'Find something Ken Sato would really be glad of, and give it.',
      'Write down three things you can give (rel onboard).',
      'Thank Ken Sato for advice.',
    ]);
  });

  it('counts 12 months of gives and takes for the chart', async () => {
    const { deps } = testEnv();
    await add({ name: 'A', date: '2020-01-01' }, deps);
    await give({ person: 'A', what: 'x', date: '2025-12-01' }, deps);
    await give({ person: 'A', what: 'x', date: '2025-11-30' }, deps); // 13 months ago: out
    await take({ person: 'A', what: 'y', date: '2026-11-02' }, deps);
    const m = (await review({}, deps)).metrics.monthly;
    expect(m.map((x) => x.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect([m[0]!.gives, m[11]!.takes]).toEqual([1, 1]);
  });
});

describe('rules and config', () => {
  it('explains a rule with its thresholds and sources as article titles', async () => {
    const { deps } = testEnv();
    const r = await rules({ id: 'give-first' }, deps);
    expect(r.rules[0]).toMatchObject({
      id: 'give-first',
      severity: 'warning',
      thresholds: { windowDays: 365 },
    });
    expect(r.rules[0]!.sources.map((s) => s.id)).toEqual(['A3', 'A4', 'A5']);
    expect(r.rules[0]!.sources[0]!.title).toContain('交流会');
    await expect(rules({ id: 'give-frist' }, deps)).rejects.toMatchObject({
      key: 'unknownRule',
      data: { closest: ['give-first'] },
    });
  });

  it('marks rules beyond the articles', async () => {
    const { deps } = testEnv();
    const all = (await rules({}, deps)).rules;
    expect(all.find((r) => r.id === 'birthday-soon')).toMatchObject({ beyondArticles: true, sources: [] });
  });

  it('sets, reads and unsets settings in the config file, refusing bad ones', async () => {
    const { deps } = testEnv();
    // Each run of rel reads the file afresh.
    const fresh = () => ({ ...deps, config: loadConfig(deps.configPath) });
    await config({ action: 'set', key: 'rules.give-take-ratio.aim', value: '8' }, fresh());
    await config({ action: 'set', key: 'rules.field-context.enabled', value: 'false' }, fresh());
    const saved = loadConfig(deps.configPath);
    expect(saved.rules).toEqual({ 'give-take-ratio': { aim: 8 }, 'field-context': { enabled: false } });
    const later = { ...deps, config: saved };
    expect((await rules({ id: 'give-take-ratio' }, later)).rules[0]!.thresholds.aim).toBe(8);
    expect((await config({ action: 'get', key: 'rules.field-context.enabled' }, later)).settings).toEqual({
      'rules.field-context.enabled': false,
    });
    await config({ action: 'unset', key: 'rules.give-take-ratio.aim' }, later);
    expect(loadConfig(deps.configPath).rules['give-take-ratio']).toEqual({});
    await expect(
      config({ action: 'set', key: 'rules.give-first.nope', value: '1' }, deps),
    ).rejects.toMatchObject({ key: 'unknownSetting' });
    await expect(
      config({ action: 'set', key: 'rules.go-deep.aim', value: '-1' }, deps),
    ).rejects.toMatchObject({ key: 'badSettingValue' });
    await expect(config({ action: 'set', key: 'currency', value: 'yen' }, deps)).rejects.toMatchObject({
      key: 'badSettingValue',
    });
  });
});
