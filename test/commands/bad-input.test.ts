import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { edit } from '../../src/commands/edit.js';
import { event } from '../../src/commands/event.js';
import { intro } from '../../src/commands/intro.js';
import { give, take } from '../../src/commands/ledger.js';
import { touch } from '../../src/commands/touch.js';
import type { Deps } from '../../src/commands/support/deps.js';
import { dump, testEnv } from '../helpers/db.js';

async function seeded() {
  const env = testEnv();
  await add({ name: 'Ken Sato', date: '2020-01-01' }, env.deps);
  await add({ name: 'Ken Suzuki', date: '2020-01-01' }, env.deps);
  await add({ name: 'Aiko Tanaka', date: '2020-01-01' }, env.deps);
  return env;
}

const cases: [string, (d: Deps) => Promise<unknown>, string, number][] = [
  ['unknown person', (d) => give({ person: 'Nobody Here', what: 'x' }, d), 'personNotFound', 1],
  ['ambiguous person', (d) => give({ person: 'Ken', what: 'x' }, d), 'personAmbiguous', 1],
  ['invalid kind', (d) => give({ person: 'Ken Sato', what: 'x', kind: 'bribe' }, d), 'invalidValue', 2],
  ['a sale as a give', (d) => give({ person: 'Ken Sato', what: 'x', kind: 'sale' }, d), 'saleIsTake', 2],
  ['empty what', (d) => take({ person: 'Ken Sato', what: '   ' }, d), 'emptyText', 2],
  ['future date', (d) => give({ person: 'Ken Sato', what: 'x', date: '2027-01-01' }, d), 'futureDate', 2],
  ['future date words', (d) => touch({ person: 'Ken Sato', date: 'tomorrow' }, d), 'futureDate', 2],
  ['nonsense date', (d) => touch({ person: 'Ken Sato', date: 'the other day' }, d), 'invalidDate', 2],
  ['bad origin', (d) => add({ name: 'New One', origin: 'space' }, d), 'invalidValue', 2],
  ['bad cadence', (d) => add({ name: 'New One', every: 'often' }, d), 'invalidCadence', 2],
  ['bad birthday', (d) => add({ name: 'New One', birthday: '1990-02-30' }, d), 'invalidBirthday', 2],
  ['unknown introducer on add', (d) => add({ name: 'New One', via: 'Nobody' }, d), 'personNotFound', 1],
  ['empty name', (d) => add({ name: ' ' }, d), 'emptyText', 2],
  ['event without kind', (d) => event({ name: 'x' }, d), 'invalidValue', 2],
  ['event bad kind', (d) => event({ name: 'x', kind: 'rave' }, d), 'invalidValue', 2],
  ['negative cost', (d) => event({ name: 'x', kind: 'mixer', cost: '-5' }, d), 'invalidNumber', 2],
  ['nonsense hours', (d) => event({ name: 'x', kind: 'mixer', hours: 'lots' }, d), 'invalidNumber', 2],
  // one ambiguous --met among new names must add no one and log no event
  [
    'ambiguous --met',
    (d) => event({ name: 'x', kind: 'mixer', met: ['Brand New', 'Ken'] }, d),
    'personAmbiguous',
    1,
  ],
  [
    'unknown --for',
    (d) => event({ name: 'x', kind: 'other', met: ['Brand New'], for: 'Nobody' }, d),
    'personNotFound',
    1,
  ],
  ['self intro', (d) => intro({ introducer: 'Ken Sato', person: 'ken sato' }, d), 'selfIntro', 2],
  ['intro by unknown', (d) => intro({ introducer: 'Nobody', person: 'Brand New' }, d), 'personNotFound', 1],
  ['edit rename clash', (d) => edit({ person: 'Ken Sato', name: 'Aiko Tanaka' }, d), 'personExists', 1],
  ['edit bad date', (d) => edit({ person: 'Ken Sato', tag: ['x'], date: 'someday' }, d), 'invalidDate', 2],
];

describe('bad input leaves the db exactly as before', () => {
  it.each(cases)('%s', async (_name, run, key, exitCode) => {
    const { db, deps } = await seeded();
    const before = dump(db);
    await expect(run(deps)).rejects.toMatchObject({ key, exitCode });
    expect(dump(db)).toEqual(before);
  });

  it('lists the valid values for an invalid kind', async () => {
    const { deps } = await seeded();
    await expect(give({ person: 'Ken Sato', what: 'x', kind: 'bribe' }, deps)).rejects.toMatchObject({
      data: { valid: expect.arrayContaining(['feedback', 'promotion']) },
    });
  });
});
