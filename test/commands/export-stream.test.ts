import { describe, expect, it } from 'vitest';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { backupChunks } from '../../src/io/backup-stream.js';
import { makeBackup } from '../../src/io/backup.js';
import { testEnv } from '../helpers/db.js';

const whole = (db: Parameters<typeof makeBackup>[0]) =>
  `${JSON.stringify(makeBackup(db, '2026-11-22'), null, 1)}\n`;

describe('the JSON backup, streamed', () => {
  it('is byte for byte the backup built whole, on an empty db and a full one, in many chunks', () => {
    const { db, deps } = testEnv();
    expect([...backupChunks(db, '2026-11-22')].join('')).toBe(whole(db));
    loadDemo(db, demoData(), deps.today, 'en', deps.now.toISOString());
    const add = db.prepare(
      "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (1, 'give', 'help', ?, '2026-01-01', 'x')",
    );
    for (let i = 0; i < 3000; i++) add.run(`"quoted" \\ line\nbreak ${i} 日本語 😀 \u2028`);
    db.prepare("UPDATE people SET note = 'tab\there', org = NULL WHERE id = 2").run();
    const chunks = [...backupChunks(db, '2026-11-22')];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(whole(db));
    expect(JSON.parse(chunks.join('')).tables.ledger.length).toBeGreaterThan(3000);
  });
});
