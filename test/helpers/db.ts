import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Deps } from '../../src/commands/support/deps.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { openDb, type Db } from '../../src/db/open.js';
import { dayOf, parseNow } from '../../src/domain/dates.js';
import { catalog, type Lang } from '../../src/i18n/index.js';
import type { Prompter } from '../../src/prompts/index.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A fresh directory removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'rel-test-'));
  dirs.push(d);
  return d;
}

export const noPrompts: Prompter = {
  confirm: () => Promise.reject(new Error('unexpected prompt')),
  input: () => Promise.reject(new Error('unexpected prompt')),
  select: () => Promise.reject(new Error('unexpected prompt')),
  checkbox: () => Promise.reject(new Error('unexpected prompt')),
  note: () => undefined,
};

export interface TestEnv {
  path: string;
  db: Db;
  deps: Deps;
}

/** A real SQLite file in a temp dir, and the deps a command gets, with a fixed now. */
export function testEnv(
  opts: { now?: string; lang?: Lang; prompt?: Prompter; interactive?: boolean } = {},
): TestEnv {
  const dir = tempDir();
  const path = join(dir, 'rel.db');
  const now = parseNow(opts.now ?? '2026-11-22')!;
  const { db } = openDb(path, { mode: 'write', now });
  const lang = opts.lang ?? 'en';
  const deps: Deps = {
    db,
    dbPath: path,
    now,
    today: dayOf(now),
    lang,
    t: catalog(lang),
    prompt: opts.prompt ?? noPrompts,
    interactive: opts.interactive ?? false,
    cwd: dir,
    execPath: process.execPath,
    config: structuredClone(DEFAULT_CONFIG),
    configPath: join(dir, 'config.json'),
  };
  afterEach(() => {
    if (db.open) db.close();
  });
  return { path, db, deps };
}

/** Every row of every table, to prove a failed command changed nothing. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}
