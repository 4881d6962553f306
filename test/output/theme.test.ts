import { describe, expect, it } from 'vitest';
import { plainTheme } from '../../src/output/plain-theme.js';
import { makeTheme } from '../../src/output/theme.js';

describe('the theme without colors', () => {
  it('prints exactly what chalk without colors prints, without loading chalk', () => {
    const plain = plainTheme();
    const chalk = makeTheme(false);
    const fns = (t: typeof plain) => [t.bold, t.dim, t.name, t.good, t.hit, ...Object.values(t.severity)];
    for (const [i, fn] of fns(plain).entries()) {
      const same = fns(chalk)[i]!;
      for (const args of [['Aiko'], [''], ['a', 'b'], [3], ['日本語 ✖']] as unknown[][])
        expect((fn as (...a: unknown[]) => string)(...args)).toBe(
          (same as (...a: unknown[]) => string)(...args),
        );
    }
    expect(plain.mark).toEqual(chalk.mark);
    expect(plain.color).toBe(false);
  });
});
