import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devices, portableExport, type Device } from './devices.js';

const NAMES = ['Aiko Tanaka', 'Ken Sato', 'Yumi Ono'];
const name = fc.constantFrom(...NAMES, 'Mina Mori');

type Op =
  | { op: 'add' | 'rm'; d: number; who: string }
  | {
      op: 'give' | 'note' | 'tag' | 'needs' | 'offer' | 'touch' | 'place';
      d: number;
      who: string;
      text: string;
    }
  | { op: 'merge'; d: number; who: string; other: string }
  | { op: 'sync'; d: number };

const op = (n: number): fc.Arbitrary<Op> => {
  const d = fc.integer({ min: 0, max: n - 1 });
  const text = fc.constantFrom('a', 'b', 'c');
  return fc.oneof(
    fc.record({ op: fc.constant('add' as const), d, who: name }),
    fc.record({ op: fc.constant('rm' as const), d, who: name }),
    fc.record({
      op: fc.constantFrom(
        'give' as const,
        'note' as const,
        'tag' as const,
        'needs' as const,
        'offer' as const,
      ),
      d,
      who: name,
      text,
    }),
    fc.record({ op: fc.constant('merge' as const), d, who: name, other: name }),
    fc.record({ op: fc.constant('sync' as const), d }),
    fc.record({ op: fc.constant('sync' as const), d }),
  );
};

async function apply(dev: Device, o: Op): Promise<void> {
  // An operation that does not fit this device's state (unknown or ambiguous name) is refused: fine.
  if (o.op === 'sync') await dev.sync();
  else if (o.op === 'add') await dev.rel('add', o.who);
  else if (o.op === 'rm') await dev.rel('rm', o.who, '--yes');
  else if (o.op === 'give') await dev.rel('give', o.who, o.text);
  else if (o.op === 'note') await dev.rel('edit', o.who, '--note', o.text);
  else if (o.op === 'tag') await dev.rel('edit', o.who, '--tag', o.text);
  else if (o.op === 'touch') await dev.rel('touch', o.who, o.text, '--kind', 'call');
  else if (o.op === 'place')
    await dev.rel('edit', o.who, '--where', o.text, '--email', `${o.text}@example.com`);
  else if (o.op === 'needs') await dev.rel('edit', o.who, '--needs', o.text);
  else if (o.op === 'offer') await dev.rel('take', o.who, o.text, '--kind', 'advice', '--offered');
  else if (o.op === 'merge' && o.who !== o.other) await dev.rel('merge', o.who, o.other, '--yes');
}

describe('convergence', () => {
  it('after any sequence of operations and syncs, every device exports the same network', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(op(n), { minLength: 3, maxLength: 14 }))),
        async ([n, ops]) => {
          const { all } = devices(n);
          // Everyone starts from one shared network, so most operations find their person.
          for (const who of NAMES) await all[0]!.ok('add', who);
          await all[0]!.ok('give', 'Ken Sato', 'a book');
          for (const d of all) await d.sync();
          for (const o of ops) await apply(all[o.d]!, o);
          for (let round = 0; round < 2; round++) for (const d of all) await d.sync();
          const first = await portableExport(all[0]!);
          for (const d of all.slice(1)) expect(await portableExport(d)).toEqual(first);
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);
});
