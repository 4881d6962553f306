import { afterEach, describe, expect, it } from 'vitest';
import { asciiInRootOrder, compareAscii, compareText, orderAsciiAsRoot } from '../../src/domain/collate.js';

const sign = (n: number) => Math.sign(n);

/** A seeded generator (mulberry32): the same strings every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
/** Few characters, so that many pairs share a beginning or differ only in case. */
const NEAR = 'aAbB zZ-_.09';

function strings(alphabet: string, count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let n = Math.floor(next() * 7); n > 0; n--) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

describe('compareAscii: root collation of printable ASCII', () => {
  const collators = {
    default: new Intl.Collator(),
    en: new Intl.Collator('en-US'),
    ja: new Intl.Collator('ja'),
  };

  it.each(Object.keys(collators))('orders as Intl.Collator (%s) does, pair by pair', (which) => {
    const icu = collators[which as keyof typeof collators];
    const xs = [...strings(PRINTABLE, 1500, 1), ...strings(NEAR, 1500, 2)];
    const ys = [...strings(PRINTABLE, 1500, 3), ...strings(NEAR, 1500, 4)];
    const wrong: string[] = [];
    for (let i = 0; i < xs.length; i++)
      for (const [a, b] of [
        [xs[i]!, ys[i]!],
        [xs[i]!, xs[(i + 1) % xs.length]!],
      ] as const)
        if (compareAscii(a, b) !== sign(icu.compare(a, b)))
          wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
    expect(wrong).toEqual([]);
  });

  it('sorts names as ICU does: case second, a shorter name before the longer one it begins', () => {
    const names = [
      'ken',
      'Ken',
      'Kenta',
      'ken ito',
      'Ken-Ito',
      'Ken_ito',
      'KEN',
      'Aiko 2',
      'Aiko 10',
      'aiko',
      "O'Brien",
      'OBrien',
    ];
    expect([...names].sort((a, b) => compareAscii(a, b)!)).toEqual(
      [...names].sort(new Intl.Collator().compare),
    );
    expect(compareAscii('ken', 'ken')).toBe(0);
    expect(compareAscii('', 'a')).toBe(-1);
  });

  it('leaves anything but printable ASCII to ICU, wherever it stands', () => {
    for (const [a, b] of [
      ['José', 'Jose'],
      ['Jose', 'José'],
      ['伊藤', 'Ito'],
      ['a\tb', 'a b'],
      ['abc', 'ab\u007f'],
      ['x\u00e9', 'y'],
    ])
      expect(compareAscii(a!, b!)).toBeUndefined();
  });
});

describe('compareText', () => {
  afterEach(() => orderAsciiAsRoot(false));

  it('is ICU order with the ASCII path on and off, accents and kanji included', () => {
    const names = [
      ...strings(PRINTABLE, 300, 5),
      'José',
      'Jose',
      'jose',
      '伊藤',
      'Émile',
      'emile',
      'Zoë',
      'zoe',
    ];
    const icu = [...names].sort(new Intl.Collator().compare);
    expect([...names].sort(compareText)).toEqual(icu);
    orderAsciiAsRoot(true);
    expect([...names].sort(compareText)).toEqual(icu);
  });
});

describe('asciiInRootOrder', () => {
  it('holds for the POSIX locale, English and Japanese, whatever the encoding', () => {
    for (const LANG of [
      undefined,
      '',
      'C',
      'POSIX',
      'C.UTF-8',
      'en',
      'en_US.UTF-8',
      'en_GB.utf8',
      'ja_JP.UTF-8',
      'ja',
    ])
      expect(asciiInRootOrder({ LANG }, 'linux')).toBe(true);
  });

  it('does not for any other locale, a modifier, or Windows (where ICU asks the system)', () => {
    expect(asciiInRootOrder({ LANG: 'cs_CZ.UTF-8' }, 'linux')).toBe(false);
    expect(asciiInRootOrder({ LANG: 'en_US.UTF-8', LC_ALL: 'da_DK.UTF-8' }, 'linux')).toBe(false);
    expect(asciiInRootOrder({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'sk_SK' }, 'darwin')).toBe(false);
    expect(asciiInRootOrder({ LC_COLLATE: 'lt_LT.UTF-8' }, 'linux')).toBe(false);
    expect(asciiInRootOrder({ LANG: 'en_US@collation=phonebook' }, 'linux')).toBe(false);
    expect(asciiInRootOrder({}, 'win32')).toBe(false);
  });

  it('names locales whose ICU order differs on ASCII: Czech sorts ch after h', () => {
    // Why the locale matters at all: the reason these are left to ICU.
    expect(['ch', 'h', 'i'].sort(new Intl.Collator('cs').compare)).toEqual(['h', 'ch', 'i']);
    expect(['ch', 'h', 'i'].sort((a, b) => compareAscii(a, b)!)).toEqual(['ch', 'h', 'i']);
  });
});
