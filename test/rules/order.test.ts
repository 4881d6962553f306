import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/db/snapshot.js';
import { Network } from '../../src/domain/network.js';
import { byImportance, runOnNetwork } from '../../src/rules/engine.js';
import { testEnv } from '../helpers/db.js';
import { randomNetwork } from '../helpers/random-network.js';

describe('the order of findings', () => {
  it('is that of byImportance', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { db, deps } = testEnv();
      randomNetwork(db, seed, deps.today, 80);
      const found = runOnNetwork(new Network(loadSnapshot(db), deps.today), {}, { mode: 'review' });
      expect(found.length).toBeGreaterThan(10);
      for (let i = 1; i < found.length; i++)
        expect(byImportance(found[i - 1]!, found[i]!)).toBeLessThanOrEqual(0);
      // A stable sort by it changes nothing.
      expect([...found].sort(byImportance)).toEqual(found);
    }
  });
});
