/**
 * The search index is kept by triggers; after every kind of write it must equal an index built from
 * scratch from the tables (a missed trigger shows up as a difference here).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { edit } from '../../src/commands/edit.js';
import { event } from '../../src/commands/event.js';
import { exportData } from '../../src/commands/export.js';
import { importData } from '../../src/commands/import.js';
import { give, take } from '../../src/commands/ledger.js';
import { merge } from '../../src/commands/merge.js';
import { rm } from '../../src/commands/rm.js';
import { target } from '../../src/commands/target.js';
import { touch } from '../../src/commands/touch.js';
import { openDb, type Db } from '../../src/db/open.js';
import { indexRows } from '../../src/db/repos/search.js';
import { tempDir, testEnv } from '../helpers/db.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

function expectInStep(db: Db): void {
  const { kept, fresh } = indexRows(db);
  expect(kept).toEqual(fresh);
}

describe('the search index stays in step with the tables', () => {
  it('after adds, edits, logs, merges and removals', async () => {
    const { deps, db } = testEnv();
    await add(
      {
        name: '渡辺 美咲',
        reading: 'わたなべ みさき',
        email: ['misaki@example.jp'],
        phone: ['090-1234-5678'],
        org: 'Example KK',
        where: '京都',
        nick: ['みさ'],
        tag: ['garden'],
        note: 'ガーデニングが趣味',
      },
      deps,
    );
    await add({ name: 'Ken Sato', note: 'TS study group regular', date: '2024-01-01' }, deps);
    await add({ name: 'Kenji Sato', nick: ['Kenji'], email: ['kenji@example.org'] }, deps);
    const rows = indexRows(db).kept.length;
    expect(rows).toBeGreaterThan(10);
    expectInStep(db);

    await give({ person: 'Ken Sato', what: 'reviewed his gardening blog', kind: 'feedback' }, deps);
    await take({ person: 'misa', what: '京都の庭園を案内してもらった' }, deps);
    await touch({ person: 'misa', note: 'ランチ', kind: 'meal' }, deps);
    await touch({ person: 'Ken Sato' }, deps); // no note: nothing to index
    await event({ name: '月例の勉強会', kind: '勉強会', met: ['Ken Sato', 'New Face'] }, deps);
    await event({ name: 'Book launch', kind: 'other', for: 'misa' }, deps);
    await target({ person: 'Famous Author', studied: 'read both books', reason: 'freelance' }, deps);
    expectInStep(db);

    await edit(
      {
        person: 'misa',
        note: '',
        org: 'Garden Lab',
        where: '',
        reading: 'ワタナベ ミサキ',
        dropNick: ['みさ'],
        nick: ['Misa'],
        untag: ['garden'],
        dropEmail: ['misaki@example.jp'],
        phone: ['075-000-0000'],
      },
      deps,
    );
    await edit({ person: 'Ken Sato', name: 'Kenichi Sato' }, deps);
    expectInStep(db);

    await merge({ keep: 'Kenichi Sato', other: 'Kenji Sato', yes: true }, deps);
    expectInStep(db);
    await rm({ person: 'misa', yes: true }, deps);
    expectInStep(db);
    expect(indexRows(db).kept.some((r) => JSON.stringify(r).includes('ランチ'))).toBe(false);
    // The event stays, without the person it was for.
    expect(indexRows(db).kept).toContainEqual(
      expect.objectContaining({ text: 'Book launch', person_id: null, type: 'event' }),
    );
  });

  it('after imports: vCard, CSV, a backup into an empty and into a full database, and the demo', async () => {
    const { deps, db } = testEnv();
    await importData({ file: fixture('apple-contacts.vcf') }, deps);
    await importData({ file: fixture('google-contacts.csv'), format: 'csv' }, deps);
    await importData({ file: fixture('linkedin-connections.csv'), format: 'linkedin' }, deps);
    await importData({ file: fixture('outlook-21.vcf') }, deps);
    expectInStep(db);
    loadDemo(db, demoData(), deps.today, 'ja', deps.now.toISOString());
    expectInStep(db);

    const backup = join(tempDir(), 'backup.json');
    await exportData({ format: 'json', out: backup }, deps);
    const empty = testEnv();
    await importData({ file: backup }, empty.deps);
    expectInStep(empty.db);
    expect(indexRows(empty.db).kept).toEqual(indexRows(db).kept);

    const full = testEnv();
    await add({ name: 'Aiko Tanaka', note: 'already here' }, full.deps);
    await importData({ file: backup }, full.deps);
    await importData({ file: backup }, full.deps); // twice: nothing doubles
    expectInStep(full.db);
  });

  it('is built for a database made before it existed (schema 3), and a failed import leaves it untouched', async () => {
    const path = join(tempDir(), 'old.db');
    copyFileSync(fixture('schema-3.db'), path);
    const { db } = openDb(path, { mode: 'write', now: new Date('2026-11-22T00:00:00Z') });
    try {
      expect(indexRows(db).kept.length).toBeGreaterThan(0);
      expectInStep(db);
    } finally {
      db.close();
    }

    const { deps, db: db2 } = testEnv();
    await add({ name: 'Aiko Tanaka', note: 'likes climbing' }, deps);
    const before = indexRows(db2).kept;
    const bad = join(tempDir(), 'bad.vcf');
    writeFileSync(
      bad,
      'BEGIN:VCARD\nVERSION:3.0\nFN:Good One\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nNOTE:x\nEND:VCARD\n',
    );
    await expect(importData({ file: bad }, deps)).rejects.toThrow();
    expect(indexRows(db2).kept).toEqual(before);
  });
});
