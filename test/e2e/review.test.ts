import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

interface ReviewJson {
  now: string;
  metrics: { givesToTakes: [number, number]; deepTies: number };
  findings: {
    rule: string;
    severity: string;
    message: string;
    people: { id: number; name: string }[];
    sources: string[];
  }[];
}

describe('rel review through the binary', () => {
  it('finds exactly the rules a scripted network breaks', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db'), XDG_CONFIG_HOME: tempDir() };
    const run = (...args: string[]) => {
      const r = rel(args, env);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
      return r;
    };
    run('add', 'Naoki Fujita', '--origin', 'school', '--date', '2010-04-01');
    const sale = run('take', 'Naoki Fujita', 'an insurance plan', '--kind', 'sale', '--date', '2026-11-01');
    expect(sale.err).toContain('[slash-and-burn]');
    run('add', 'Ken Sato', '--origin', 'work', '--date', '2019-01-01', '--ahead');
    for (const d of ['2026-09-01', '2026-09-05', '2026-09-08', '2026-11-20'])
      run('give', 'Ken', 'help', '--date', d);
    run('take', 'Ken', 'advice on rates', '--kind', 'advice', '--date', '2026-09-20');
    const mixer = run(
      'event',
      'Friday mixer',
      '--kind',
      'mixer',
      '--cost',
      '5000',
      '--hours',
      '3',
      '--date',
      '2026-10-10',
      '--met',
      'Card One',
    );
    expect(mixer.err).toContain('[mixer-for-networking]');
    const review = run('review', '--json');
    const j = JSON.parse(review.out) as ReviewJson;
    expect(j.now).toBe('2026-11-22');
    // The sale to Naoki is slash-and-burn's alone: the ratio weighs the one take asked for.
    expect(j.metrics.givesToTakes).toEqual([4, 1]);
    expect(j.metrics.deepTies).toBe(1);
    expect(j.findings.map((f) => f.rule).sort()).toEqual(
      [
        'give-take-ratio',
        'invest-in-yourself',
        'mixer-for-networking',
        'no-goal',
        'slash-and-burn',
        'try-better-rooms',
      ].sort(),
    );
    // The sale is slash-and-burn's alone (not a debt for taking-more-than-giving), and go-deep has
    // no one to propose: Ken is deep, Naoki is the one just sold to, Card One is only a card.
    expect(j.findings.map((f) => f.rule)).not.toContain('taking-more-than-giving');
    expect(j.findings.map((f) => f.rule)).not.toContain('go-deep');
    const slash = j.findings.find((f) => f.rule === 'slash-and-burn')!;
    expect(slash).toMatchObject({
      severity: 'critical',
      people: [{ name: 'Naoki Fujita' }],
      sources: ['A1'],
    });
  });

  it('text review: no color into a pipe, Japanese on request, an empty db teaches', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db') };
    const empty = rel(['review'], env);
    expect(empty.code).toBe(0);
    expect(empty.out).toContain('rel add');
    rel(['add', 'Aiko Tanaka', '--date', '2026-01-01'], env);
    rel(['take', 'Aiko Tanaka', 'advice', '--kind', 'advice', '--date', '2026-11-01'], env);
    const en = rel(['review'], env);
    expect(en.out).not.toMatch(/\u001b\[/);
    expect(en.out).toContain('Aiko Tanaka');
    expect(en.out).toContain('your next three moves');
    const ja = rel(['review', '--lang', 'ja'], env);
    expect(ja.out).toContain('次の3つの行動');
    expect(ja.out).toContain('Aiko Tanakaさん');
    for (const line of en.out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('rules lists every rule and explains one', () => {
    const list = JSON.parse(rel(['rules', '--json']).out) as { rules: { id: string }[] };
    // RULES.md's 25 rules (hobby-as-networking new this turn), birthday-soon and progress.
    expect(list.rules).toHaveLength(27);
    expect(list.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['hobby-as-networking', 'progress', 'birthday-soon']),
    );
    const one = rel(['rules', 'info-taker']);
    expect(one.out).toContain('Several asks of one person in a short time, with nothing given in between.');
    expect(one.out).toMatch(/withinDays\s+90/);
    expect(one.out).toContain('change with: rel config set rules.info-taker.minTakes 3');
    expect(rel(['rules', 'nope']).code).toBe(2);
  });
});
