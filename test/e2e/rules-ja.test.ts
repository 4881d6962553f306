/** `rel rules --lang ja`: severities named in Japanese, columns lined up in terminal cells. */
import { describe, expect, it } from 'vitest';
import { width } from '../../src/output/width.js';
import { rel } from '../helpers/cli.js';

/** The display column where the third field (the sources) starts on each rule's line. */
function columns(out: string, names: RegExp): { severity: string; at: number }[] {
  return out
    .split('\n')
    .filter((l) => /^[a-z]/.test(l) && !l.startsWith('rules'))
    .map((l) => {
      const m = /^(\S+\s+)(\S+)(\s+)/.exec(l)!;
      expect(m[2], l).toMatch(names);
      return { severity: m[2]!, at: width(m[1]! + m[2]! + m[3]!) };
    });
}

describe('rel rules in Japanese', () => {
  it('names every severity in Japanese and lines the sources up by display width', () => {
    const r = rel(['rules', '--lang', 'ja']);
    expect(r.code).toBe(0);
    const rows = columns(r.out, /^(重大|注意|ヒント|メモ|状況による)$/);
    expect(rows).toHaveLength(27);
    expect(new Set(rows.map((x) => x.severity))).toEqual(
      new Set(['重大', '注意', 'ヒント', 'メモ', '状況による']),
    );
    expect(new Set(rows.map((x) => x.at)).size).toBe(1);
  });

  it('one rule says its severity in Japanese too, and English keeps the ids', () => {
    expect(rel(['rules', 'give-first', '--lang', 'ja']).out.split('\n')[0]).toBe('give-first · 注意');
    const en = rel(['rules']);
    const rows = columns(en.out, /^(critical|warning|tip|info|varies)$/);
    expect(new Set(rows.map((x) => x.at)).size).toBe(1);
  });
});
