// Deterministic synthetic networks for the benchmark: a seeded generator, same db every run, with
// rel's own vocabulary (from the build) and rel's own schema. One transaction of prepared inserts,
// without a journal: the huge network (3,000,000 records) takes well under a minute.
// usage: node bench/generate.mjs <small|large|huge> <out.db> [today]
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { openDb } from '../dist/db/open.js';
import { EVENT_KINDS, GIVE_KINDS, LEDGER_KINDS, ORIGINS, PURPOSES } from '../dist/domain/vocab.js';

const Database = createRequire(import.meta.url)('better-sqlite3');

export const SIZES = {
  small: { people: 500, records: 15_000, events: 200, years: 3, seed: 1 },
  large: { people: 10_000, records: 300_000, events: 2_000, years: 10, seed: 2 },
  huge: { people: 100_000, records: 3_000_000, events: 20_000, years: 10, seed: 3 },
  /** About 10,000 rows: the changes one device hands another in the sync benchmark. */
  sync: { people: 300, records: 9_500, events: 40, years: 2, seed: 4 },
};

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Aiko',
  'Ken',
  'Yumi',
  'Taro',
  'Hana',
  'Sho',
  'Rina',
  'Daiki',
  'Mika',
  'Jun',
  'Emi',
  'Kenta',
  'Yuki',
  'Haruka',
  'Naoki',
];
const LAST = [
  'Tanaka',
  'Sato',
  'Suzuki',
  'Takahashi',
  'Ito',
  'Watanabe',
  'Yamamoto',
  'Nakamura',
  'Kobayashi',
  'Kato',
];
const TAKE_KINDS = LEDGER_KINDS;

export function generate(size, path, today = '2026-11-22') {
  const s = SIZES[size];
  const rand = mulberry32(s.seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const end = new Date(`${today}T00:00:00`).getTime();
  const span = s.years * 365;
  // Every day of the span as text, once: formatting a date per row is most of a naive generator.
  const days = Array.from({ length: span + 1 }, (_, back) => {
    const d = new Date(end - back * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const day = (back) => days[Math.floor(back)];
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  openDb(path, { mode: 'write', now: new Date(end) }).db.close();
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  db.pragma('temp_store = MEMORY');
  const stamp = new Date(end).toISOString();
  db.transaction(() => {
    const person = db.prepare(
      'INSERT INTO people (name, origin, met_on, cadence, birthday, ahead, chemistry, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const met = new Float64Array(s.people);
    for (let i = 0; i < s.people; i++) {
      const back = rand() * span;
      met[i] = back;
      const cadence = rand() < 0.15 ? pick(['2w', '1m', '3m', '6m']) : null;
      const bday =
        rand() < 0.3
          ? `--${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`
          : null;
      person.run(
        `${pick(FIRST)} ${pick(LAST)} ${i}`,
        pick(ORIGINS),
        day(back),
        cadence,
        bday,
        rand() < 0.05 ? 1 : 0,
        rand() < 0.9 ? 1 : 0,
        stamp,
      );
    }
    const event = db.prepare(
      'INSERT INTO events (name, kind, purpose, date, cost, hours, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const at = db.prepare('INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)');
    for (let i = 0; i < s.events; i++) {
      const id = event.run(
        `Event ${i}`,
        pick(EVENT_KINDS),
        pick(PURPOSES),
        day(rand() * span),
        Math.floor(rand() * 5) * 1000,
        2,
        stamp,
      ).lastInsertRowid;
      const n = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < n; k++) at.run(id, 1 + Math.floor(rand() * s.people));
    }
    const ledger = db.prepare(
      'INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const touch = db.prepare(
      'INSERT INTO touches (person_id, date, note, inbound, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    // A few busy people (one in fifty) get half of the history, as in real networks.
    const busy = Math.min(Math.max(200, s.people / 50), s.people);
    for (let i = 0; i < s.records; i++) {
      const pid = rand() < 0.5 ? 1 + Math.floor(rand() * busy) : 1 + Math.floor(rand() * s.people);
      const back = Math.min(met[pid - 1], rand() * span);
      const r = rand();
      if (r < 0.4) ledger.run(pid, 'give', pick(GIVE_KINDS), `gave something ${i}`, day(back), stamp);
      else if (r < 0.6)
        ledger.run(pid, 'take', pick(TAKE_KINDS), `received something ${i}`, day(back), stamp);
      else touch.run(pid, day(back), `talked ${i}`, rand() < 0.2 ? 1 : 0, stamp);
    }
    const intro = db.prepare(
      'INSERT INTO intros (introducer_id, person_id, date, created_at) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < s.people / 20; i++) {
      const a = 1 + Math.floor(rand() * s.people);
      const b = 1 + Math.floor(rand() * s.people);
      if (a !== b) intro.run(a, b, day(rand() * span), stamp);
    }
    const profile = db.prepare('INSERT INTO profile (key, value) VALUES (?, ?)');
    profile.run('goal', JSON.stringify('Become a freelance web engineer'));
    profile.run('canGive', JSON.stringify(['code review']));
    profile.run('field', JSON.stringify('web'));
    profile.run('onboardedOn', JSON.stringify('2020-01-01'));
  })();
  db.pragma('journal_mode = WAL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size, out, today] = process.argv.slice(2);
  if (!SIZES[size] || !out) {
    console.error(`usage: node bench/generate.mjs <${Object.keys(SIZES).join('|')}> <out.db> [today]`);
    process.exit(2);
  }
  generate(size, out, today);
}
