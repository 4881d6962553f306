import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { BIN, rel } from '../helpers/cli.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

describe('data in and out through the binary', () => {
  it('imports, refuses a broken file with the card named, and round-trips a backup', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db') };
    const dry = rel(['import', fixture('apple-contacts.vcf'), '--dry-run'], env);
    expect(dry.out).toContain('would import apple-contacts.vcf: 3 added');
    expect(JSON.parse(rel(['list', '--json'], env).out).count).toBe(0);
    expect(rel(['import', fixture('apple-contacts.vcf')], env).code).toBe(0);
    const broken = rel(['import', fixture('broken.vcf')], env);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('card 3 (line 10, Never Ends)');
    expect(broken.err).toContain('Nothing was imported');
    expect(JSON.parse(rel(['list', '--json'], env).out).count).toBe(3);
    const backup = join(dir, 'backup.json');
    expect(rel(['export', '--format', 'json', '--out', backup], env).out).toContain('wrote 3 people');
    const fresh = { REL_DB: join(dir, 'fresh.db') };
    rel(['import', backup], fresh);
    expect(rel(['export', '--format', 'json'], fresh).out).toBe(readFileSync(backup, 'utf8'));
    expect(rel(['export', '--format', 'pdf'], env).code).toBe(2);
  });

  it('large output through a pipe arrives whole (the process waits for it to drain)', () => {
    const dir = tempDir();
    const env = { REL_DB: join(dir, 'rel.db') };
    const cards = Array.from(
      { length: 3000 },
      (_, i) => `BEGIN:VCARD\nVERSION:3.0\nFN:Pipe Person ${i}\nNOTE:${'x'.repeat(100)}\nEND:VCARD`,
    );
    writeFileSync(join(dir, 'many.vcf'), cards.join('\n'));
    expect(rel(['import', join(dir, 'many.vcf')], env).code).toBe(0);
    const out = rel(['list', '--json'], env).out;
    expect(out.length).toBeGreaterThan(1_000_000);
    expect((JSON.parse(out) as { count: number }).count).toBe(3000);
  });

  it('a reader that stops early (| head) ends rel quietly', () => {
    const dir = tempDir();
    const db = join(dir, 'rel.db');
    const cards = Array.from(
      { length: 2000 },
      (_, i) => `BEGIN:VCARD\nVERSION:3.0\nFN:Head Person ${i}\nEND:VCARD`,
    );
    writeFileSync(join(dir, 'many.vcf'), cards.join('\n'));
    rel(['import', join(dir, 'many.vcf')], { REL_DB: db });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export --format md | head -1`], {
      env: { ...process.env, REL_DB: db, REL_NOW: '2026-11-22' },
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toMatch(/^# Your network/);
    expect(r.stderr).toBe('');
  });
});
