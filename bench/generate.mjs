// Deterministic synthetic networks for the benchmark: a seeded generator, same db every run.
// usage: node bench/generate.mjs <small|large> <out.db> [today]
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { openDb } from '../dist/db/open.js';

const SIZES = {
  small: { people: 500, records: 15_000, events: 200, years: 3 },
  large: { people: 10_000, records: 300_000, events: 2_000, years: 10 },
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
const ORIGINS = [
  'school',
  'work',
  'study-group',
  'hobby',
  'intro',
  'event',
  'reached-out',
  'inbound',
  'online',
  'other',
];
const KINDS = [
  'help',
  'advice',
  'info',
  'intro',
  'feedback',
  'promotion',
  'attend',
  'gift',
  'thanks',
  'listen',
  'praise',
  'referral',
  'other',
];
const EVENT_KINDS = [
  'mixer',
  'party',
  'study-group',
  'seminar',
  'hobby',
  'in-house',
  'alumni',
  'one-on-one',
  'paid-club',
  'other',
];

export function generate(size, path, today = '2026-11-22') {
  const s = SIZES[size];
  const rand = mulberry32(size === 'small' ? 1 : 2);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const end = new Date(`${today}T00:00:00`).getTime();
  const day = (daysBack) => {
    const d = new Date(end - Math.floor(daysBack) * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const span = s.years * 365;
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  openDb(path, { mode: 'write', now: new Date(end) }).db.close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const stamp = new Date(end).toISOString();
  db.transaction(() => {
    const person = db.prepare(
      'INSERT INTO people (name, origin, met_on, cadence, birthday, ahead, chemistry, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const met = [];
    for (let i = 0; i < s.people; i++) {
      const back = rand() * span;
      met.push(back);
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
      const kind = pick(EVENT_KINDS);
      const id = event.run(
        `Event ${i}`,
        kind,
        rand() < 0.5 ? 'networking' : 'learning',
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
    // A few busy people get most of the history, as in real networks.
    for (let i = 0; i < s.records; i++) {
      const pid =
        rand() < 0.5 ? 1 + Math.floor(rand() * Math.min(200, s.people)) : 1 + Math.floor(rand() * s.people);
      const back = Math.min(met[pid - 1], rand() * span);
      const r = rand();
      if (r < 0.4) ledger.run(pid, 'give', pick(KINDS), `gave something ${i}`, day(back), stamp);
      else if (r < 0.6) ledger.run(pid, 'take', pick(KINDS), `received something ${i}`, day(back), stamp);
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
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size, out, today] = process.argv.slice(2);
  if (!SIZES[size] || !out) {
    console.error('usage: node bench/generate.mjs <small|large> <out.db> [today]');
    process.exit(2);
  }
  generate(size, out, today);
}
