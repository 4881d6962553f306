import { describe, expect, it } from 'vitest';
import { firstK } from '../../src/rules/util.js';
import { prng } from '../helpers/random-network.js';

describe('firstK', () => {
  it('is the first k of a stable sort, ties kept in the order given, for every k', () => {
    const r = prng(11);
    for (let round = 0; round < 200; round++) {
      // Few distinct keys, so ties are everywhere; each item remembers where it came from.
      const xs = Array.from({ length: Math.floor(r() * 40) }, (_, i) => ({
        i,
        a: Math.floor(r() * 3),
        b: Math.floor(r() * 4),
      }));
      const cmp = (x: (typeof xs)[number], y: (typeof xs)[number]) => y.a - x.a || x.b - y.b;
      const sorted = [...xs].sort(cmp);
      for (const k of [0, 1, 2, 3, 5, xs.length, xs.length + 2])
        expect(firstK(xs, k, cmp)).toEqual(sorted.slice(0, Math.max(0, k)));
    }
  });
});
