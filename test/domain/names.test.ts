import { describe, expect, it } from 'vitest';
import { fold, matchPerson } from '../../src/domain/names.js';

const people = [
  { id: 1, name: 'Aiko Tanaka', nicknames: ['Ai'] },
  { id: 2, name: 'Ken Sato', nicknames: ['Ken-san'] },
  { id: 3, name: 'Ken Suzuki', nicknames: [] },
  { id: 4, name: '田中 愛子', nicknames: ['あいちゃん'] },
  { id: 5, name: 'José Álvarez', nicknames: [] },
  { id: 6, name: 'サトウ ユミ', nicknames: [] },
];

const one = (q: string) => {
  const m = matchPerson(q, people);
  return m.kind === 'one' ? m.person.id : m.kind;
};

describe('name matching', () => {
  it.each([
    ['Aiko Tanaka', 1],
    ['aiko tanaka', 1],
    ['  AIKO   TANAKA ', 1],
    ['ＡＩＫＯ　ＴＡＮＡＫＡ', 1], // full-width letters and space
    ['ai', 1], // nickname, exact, beats prefix
    ['ken-san', 2],
    ['KEN-SAN', 2],
    ['Ken Sa', 2], // unique prefix
    ['tanaka', 1], // a word of the name
    ['田中 愛子', 4],
    ['田中愛子', 4], // spacing ignored
    ['田中', 4],
    ['アイチャン', 4], // katakana typed for a hiragana nickname
    ['さとう ゆみ', 6], // hiragana typed for a katakana name
    ['jose alvarez', 5], // accents ignored
    ['#3', 3],
  ])('%s → #%s', (q, id) => expect(one(q)).toBe(id));

  it('lists every candidate when a name is ambiguous', () => {
    const m = matchPerson('Ken', people);
    expect(m.kind).toBe('many');
    if (m.kind === 'many') expect(m.people.map((p) => p.name)).toEqual(['Ken Sato', 'Ken Suzuki']);
  });

  it('suggests the closest names when no one matches', () => {
    const m = matchPerson('Kenn Sato', people);
    expect(m.kind).toBe('none');
    if (m.kind === 'none') expect(m.closest.map((p) => p.name)[0]).toBe('Ken Sato');
    const far = matchPerson('Zebulon', people);
    expect(far.kind === 'none' && far.closest).toEqual([]);
  });

  it('in kanji, a one-character slip is a typo but two different characters are another person', () => {
    const kanji = [
      { id: 1, name: '山田 太郎', nicknames: [] },
      { id: 2, name: '佐藤 健', nicknames: [] },
      { id: 3, name: 'たなか あいこ', nicknames: [] },
    ];
    const near = (q: string) => {
      const m = matchPerson(q, kanji);
      return m.kind === 'none' ? m.closest.map((p) => p.name) : [];
    };
    expect(near('山田 太朗')).toEqual(['山田 太郎']);
    expect(near('山本 一郎')).toEqual([]);
    expect(near('伊藤 蓮')).toEqual([]);
    // Kana still read like letters: a third of the length.
    expect(near('たなか あいく')).toEqual(['たなか あいこ']);
    // Two edits in a two-letter name make another name altogether.
    const short = [{ id: 1, name: 'A B', nicknames: [] }];
    const m = matchPerson('E F', short);
    expect(m.kind === 'none' && m.closest).toEqual([]);
  });

  it('finds no one for an unknown #id or an empty query', () => {
    expect(one('#99')).toBe('none');
    expect(one('   ')).toBe('none');
  });

  it('folds width, case, accents and kana', () => {
    expect(fold('Ｃａｆé　ｶﾌｪ')).toBe('cafe かふぇ');
  });

  it('suggests names up to the allowed edits away, however much longer, and counts code points', () => {
    const near = (q: string, names: string[]) => {
      const m = matchPerson(
        q,
        names.map((name, i) => ({ id: i + 1, name, nicknames: [] })),
      );
      return m.kind === 'none' ? m.closest.map((p) => p.name) : m.kind;
    };
    // Seven letters allow two edits: two letters more is a typo, three is not.
    expect(near('kenzato', ['Xxkenzato', 'Xxxkenzato'])).toEqual(['Xxkenzato']);
    // A word of the name counts one edit more: "Suzuki" is two from "suzukix", "Suzukiya" three.
    expect(near('suzukix', ['Ken Suzuki', 'Ken Suzukiya'])).toEqual(['Ken Suzuki']);
    // A character beyond the plane of most text (two UTF-16 units) is one edit, not two.
    expect(near('ken', ['\u{1F600}ken', '\u{1F600}\u{1F600}ken'])).toEqual(['\u{1F600}ken']);
    // The closest first, then by name; three at most.
    expect(near('aikoo', ['Biko', 'Aik', 'Aikou', 'Aiko'])).toEqual(['Aiko', 'Aikou', 'Aik']);
  });

  it('folds ASCII as it folds anything else: case, dots and runs of spaces', () => {
    expect(fold('  Dr.  K.\tIto  ')).toBe('dr k ito');
    expect(fold('Dr.  K.\tIto')).toBe(fold('Dr.  K.\tIto\u00a0').trim());
  });
});
