import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importData } from '../../src/commands/import.js';
import { APPLICATION_ID, openDb } from '../../src/db/open.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/db/migrations/index.js';
import { loadAggregates } from '../../src/db/repos/aggregates.js';
import { allEvents } from '../../src/db/repos/events.js';
import { allLedger, allTouches } from '../../src/db/repos/ledger.js';
import { aggregate } from '../../src/domain/aggregate.js';
import { dump, tempDir, testEnv } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';
import { reported } from '../helpers/inprocess.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const asRoot = process.getuid?.() === 0;

describe('bad files get a clear message and stay untouched', () => {
  it('a corrupt db', () => {
    const db = join(tempDir(), 'rel.db');
    writeFileSync(db, Buffer.alloc(8192, 7));
    const before = readFileSync(db);
    const r = rel(['list'], { REL_DB: db });
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toMatch(/not a readable rel database/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a db half overwritten (valid header, garbage pages)', () => {
    const db = join(tempDir(), 'rel.db');
    rel(['add', 'Ken Sato'], { REL_DB: db });
    rel(['list'], { REL_DB: db }); // checkpointed and closed
    const bytes = readFileSync(db);
    bytes.fill(0xab, 4096, 4096 * 3);
    writeFileSync(db, bytes);
    const r = rel(['review'], { REL_DB: db });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^rel: /);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a db from a newer rel', () => {
    const db = join(tempDir(), 'rel.db');
    const d = new Database(db);
    d.pragma(`user_version = ${LATEST_VERSION + 1}`);
    d.pragma(`application_id = ${APPLICATION_ID}`); // a newer rel marks its files as rel's
    d.close();
    const before = readFileSync(db);
    const r = rel(['add', 'Ken'], { REL_DB: db });
    expect(r.code).toBe(1);
    expect(r.err).toContain('newer rel');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it.skipIf(asRoot)('a read-only db file and a read-only folder', () => {
    const dir = tempDir();
    const db = join(dir, 'rel.db');
    rel(['add', 'Ken Sato'], { REL_DB: db });
    chmodSync(db, 0o400);
    const r = rel(['give', 'Ken', 'x'], { REL_DB: db });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/read-only|cannot open/);
    chmodSync(db, 0o600);
    const locked = join(dir, 'locked');
    rel(['list'], { REL_DB: join(locked, 'x.db') });
    chmodSync(dir, 0o500);
    expect(rel(['add', 'Ken'], { REL_DB: join(dir, 'new', 'rel.db') }).code).toBe(1);
    chmodSync(dir, 0o700);
  });

  it('a read-only db is worded as such (the mapping, tested without relying on permissions)', () => {
    const path = join(tempDir(), 'rel.db');
    openDb(path, { mode: 'write', now: new Date() }).db.close();
    const ro = new Database(path, { readonly: true });
    let err: unknown;
    try {
      ro.prepare("INSERT INTO profile VALUES ('k', '1')").run();
    } catch (e) {
      err = e;
    }
    ro.close();
    const r = reported(err, []);
    expect(r.value).toBe(1);
    expect(r.err).toMatch(/read-only, so nothing was recorded/);
  });

  it('a full disk: the import fails whole, the db is as it was, and the message says so', async () => {
    const { db, deps } = testEnv();
    const file = join(deps.cwd, 'many.vcf');
    writeFileSync(
      file,
      Array.from(
        { length: 3000 },
        (_, i) => `BEGIN:VCARD\nVERSION:3.0\nFN:Person ${i}\nNOTE:${'n'.repeat(200)}\nEND:VCARD`,
      ).join('\n'),
    );
    const before = dump(db);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 20}`); // the disk fills after a few rows
    let err: unknown;
    await importData({ file }, deps).catch((e: unknown) => (err = e));
    expect((err as { code?: string }).code).toBe('SQLITE_FULL');
    expect(dump(db)).toEqual(before);
    const r = reported(err, []);
    expect(r.value).toBe(1);
    expect(r.err).toMatch(/is full, so nothing was written/);
  });
});

describe('migrations from every earlier schema', () => {
  it.each(MIGRATIONS.slice(0, -1).map((m) => m.version))(
    'schema %i upgrades with a backup first, data intact',
    (version) => {
      const dir = tempDir();
      const path = join(dir, 'rel.db');
      copyFileSync(join(fixtures, `schema-${version}.db`), path);
      const { db, backup } = openDb(path, { mode: 'write', now: new Date('2026-11-22T09:00:00Z') });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT name FROM people ORDER BY id').pluck().all()).toEqual([
        'Ken Sato',
        'Aiko Tanaka',
        'Client Kimura',
      ]);
      expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(3);
      expect(Object.fromEntries(loadAggregates(db))).toEqual(
        Object.fromEntries(aggregate(allLedger(db), allTouches(db), allEvents(db))),
      );
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(backup).toMatch(new RegExp(`\\.schema${version}-.*\\.bak$`));
      expect(statSync(backup!).mode & 0o777).toBe(0o600);
      const old = new Database(backup!, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      old.close();
      expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
      const review = rel(['review', '--json'], { REL_DB: path, REL_NOW: '2026-11-22' });
      expect(review.code).toBe(0);
      expect(JSON.parse(review.out).findings.map((f: { rule: string }) => f.rule)).toContain(
        'slash-and-burn',
      );
    },
  );
});
