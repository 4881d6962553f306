import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

describe('rel search through the binary', () => {
  it('prints JSON or plain text into a pipe, and refuses bad input with exit 2', () => {
    const env = { REL_DB: join(tempDir(), 'rel.db') };
    expect(rel(['search', 'anything'], env).code).toBe(0); // no db yet: nothing found, nothing created
    rel(
      [
        'add',
        '渡辺 美咲',
        '--reading',
        'わたなべ みさき',
        '--note',
        '週末はガーデニング',
        '--email',
        'm@example.jp',
      ],
      env,
    );
    rel(['touch', 'misa', 'ガーデニングの話', '--kind', '食事', '--date', '2026-11-03'], env);
    const j = rel(['search', 'ガーデニング', '--json'], env);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out)).toEqual({
      query: 'ガーデニング',
      results: [
        { person: { id: 1, name: '渡辺 美咲' }, type: 'touch', date: '2026-11-03', text: 'ガーデニングの話' },
        {
          person: { id: 1, name: '渡辺 美咲' },
          type: 'note',
          date: '2026-11-22',
          text: '週末はガーデニング',
        },
      ],
    });
    const text = rel(['search', 'ガーデニング', '--lang', 'ja'], env);
    expect(text.out).toContain('渡辺 美咲\n');
    expect(text.out).toContain('2件');
    expect(text.out).not.toContain('\u001b[');
    const shown = JSON.parse(rel(['show', 'watanabe', '--json'], env).out);
    expect(shown.touches[0].kind).toBe('meal');
    expect(shown.person.emails).toEqual(['m@example.jp']);
    expect(rel(['search'], env).code).toBe(2);
    const badSort = rel(['list', '--sort', 'age'], env);
    expect(badSort.code).toBe(2);
    expect(badSort.err).toContain('name, last, met, balance');
    const badKind = rel(['touch', 'misa', '--kind', 'pigeon'], env);
    expect(badKind.code).toBe(2);
    expect(badKind.err).toContain('call, message, meet, meal, email, letter, other');
  });
});
