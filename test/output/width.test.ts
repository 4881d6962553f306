import { describe, expect, it } from 'vitest';
import { depthBar, sparkline } from '../../src/output/charts.js';
import { truncate, width, wrap } from '../../src/output/width.js';
import { rel } from '../helpers/cli.js';

describe('terminal text', () => {
  it('counts wide characters as two columns', () => {
    expect(width('abc')).toBe(3);
    expect(width('田中 愛子')).toBe(9);
    expect(width('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(truncate('田中愛子さん', 7)).toBe('田中愛…');
  });

  it('wraps English at spaces and Japanese between characters, never past the width', () => {
    const en = wrap(
      'You went to 3 mixer-type events since 25 Jun to build your network, spending a lot.',
      30,
      2,
    );
    for (const line of en.split('\n')) expect(width(line)).toBeLessThanOrEqual(30);
    const ja = wrap(
      '7月5日に木村 大輔さんに情報をお願いしました(リモートチームについてのメモ)が、まだ何もギブしていません。',
      40,
      2,
    );
    const lines = ja.split('\n');
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(40);
    for (const line of lines.slice(1)) expect(line.trimStart()).not.toMatch(/^[、。)]/);
  });

  it('draws the charts', () => {
    expect(sparkline([0, 1, 4, 8], 8)).toBe('  ▁ ▄ █');
    expect(depthBar({ deep: 1, active: 1, shallow: 2, dormant: 0 }, 8)).toBe('██▓▓▒▒▒▒');
  });

  it('the demo review fits 80 columns in both languages', () => {
    for (const lang of ['en', 'ja']) {
      const r = rel(['demo', '--lang', lang]);
      expect(r.code).toBe(0);
      for (const line of r.out.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
    }
  });
});
