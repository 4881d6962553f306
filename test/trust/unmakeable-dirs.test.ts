/** A db or settings path whose folder cannot be made fails at once with a clear message. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/dirs.js';
import { rel } from '../helpers/cli.js';
import { tempDir } from '../helpers/db.js';

describe('folders that cannot be made', () => {
  // Node's recursive mkdir loops forever under /proc; the spawn's kill timeout turns a hang into a failure.
  it('REL_DB=/proc/x/rel.db: exit 1 naming the path, not a spin', () => {
    const r = rel(['add', 'X'], { REL_DB: '/proc/x/rel.db' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^rel: cannot open \/proc\/x\/rel\.db .*mkdir '\/proc\/x'/);
  });

  it('REL_CONFIG under /proc: exit 1, nothing changed', () => {
    const r = rel(['config', 'set', 'currency', 'USD'], {
      REL_CONFIG: '/proc/y/config.json',
      REL_DB: join(tempDir(), 'rel.db'),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('could not save the settings to /proc/y/config.json');
  });

  it('makeDirs creates each missing level, owner-only', () => {
    const dir = join(tempDir(), 'a', 'b', 'c');
    makeDirs(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(statSync(join(dir, '..')).mode & 0o777).toBe(0o700);
  });
});
