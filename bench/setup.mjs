// What some benchmark rows need before they can be timed: a file of vCards, and two devices of one
// person about to meet through a sync folder.
import { spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.mjs';

/** n vCards 3.0, as a phone's export would hold them. */
export function makeCards(n) {
  const cards = [];
  for (let i = 0; i < n; i++) {
    cards.push(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person ${i}\r\nN:Person ${i};Card;;;\r\nEMAIL;TYPE=INTERNET:card${i}@example.com\r\nTEL;TYPE=CELL:090-${String(i).padStart(8, '0')}\r\nORG:Example ${i % 50}\r\nNOTE:Imported for the benchmark\\, card ${i}\r\nEND:VCARD`,
    );
  }
  return `${cards.join('\r\n')}\r\n`;
}

/**
 * Two devices and a shared folder: device B has made about 10,000 changes (a network restored from
 * a backup through rel itself) and synced them out; device A has synced once, before. The timed
 * run is A's next sync, which applies B's changes; `before` puts A and the folder back each round.
 */
export function prepareSync(relBin, out, env) {
  const dir = join(out, 'sync');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rel = (...args) => {
    const r = spawnSync(process.execPath, [relBin, ...args], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.status !== 0) throw new Error(`rel ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  };
  const folder = join(dir, 'folder');
  const a0 = join(dir, 'a0.db');
  const b = join(dir, 'b.db');
  const source = join(dir, 'source.db');
  mkdirSync(folder);
  // A holds one person of its own: a db a command leaves empty is not kept, and A must exist.
  rel('--db', a0, 'add', 'Device A Person');
  rel('--db', a0, 'sync', folder);
  generate('sync', source, env.REL_NOW);
  rel('--db', source, 'export', '--format', 'json', '--out', join(dir, 'changes.json'));
  rel('--db', b, 'import', join(dir, 'changes.json'));
  rel('--db', b, 'sync', folder);
  cpSync(folder, join(dir, 'folder0'), { recursive: true });
  const db = join(dir, 'a.db');
  return {
    db,
    folder,
    before() {
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      copyFileSync(a0, db);
      rmSync(folder, { recursive: true, force: true });
      cpSync(join(dir, 'folder0'), folder, { recursive: true });
    },
  };
}
