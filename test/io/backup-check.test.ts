/** A hand-edited backup is checked whole before anything is written; the first bad field is named. */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

type Rows = Record<string, unknown>[];
type Tables = Record<'people' | 'profile' | 'ledger' | 'events' | 'touches', Rows> & Record<string, Rows>;
type Json = { tables: Tables } & Record<string, unknown>;

async function sampleBackup(): Promise<Json> {
  const dir = tempDir();
  const env = { REL_DB: join(dir, 'rel.db'), REL_CONFIG: join(dir, 'c.json'), HOME: dir };
  const steps = [
    ['add', 'Aiko Tanaka', '--every', '2w', '--birthday', '1990-05-15', '--nick', 'Ai', '--tag', 'dev'],
    ['add', 'Ken Sato', '--origin', 'work', '--circle', 'close', '--note', 'ex-colleague'],
    ['give', 'Aiko Tanaka', 'slides', '--kind', 'feedback', '--date', '2026-10-01'],
    ['take', 'Ken Sato', 'advice', '--kind', 'advice', '--date', '2026-10-02'],
    ['touch', 'Ken Sato', 'call', '--date', '2026-09-01', '--inbound'],
    [
      'event',
      'TS meetup',
      '--kind',
      'study-group',
      '--date',
      '2026-11-01',
      '--met',
      'Ken Sato',
      '--cost',
      '500',
    ],
    ['intro', 'Ken Sato', 'Yumi Ono', '--date', '2026-11-10'],
    ['onboard', '--answers', '-'],
  ];
  for (const s of steps.slice(0, -1)) expect((await runCli(s, env)).code, s.join(' ')).toBe(0);
  const r = await runCli(['export', '--format', 'json'], env);
  const b = JSON.parse(r.out) as Json;
  b.tables.profile = [
    { key: 'goal', value: '"find clients"' },
    { key: 'canGive', value: '["code review"]' },
    { key: 'lang', value: '"en"' },
  ];
  return b;
}

async function importInto(backup: unknown, dir = tempDir()) {
  const file = join(dir, `b-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(backup));
  const env = { REL_DB: join(dir, 'rel.db'), REL_CONFIG: join(dir, 'c.json'), HOME: dir };
  return { r: await runCli(['import', file], env), env };
}

const edit = (b: Json, f: (b: Json) => void): Json => {
  const c = structuredClone(b);
  f(c);
  return c;
};

describe('backup import validation', () => {
  it('names the first bad field by its path and writes nothing', async () => {
    const b = await sampleBackup();
    const cases: [(b: Json) => void, RegExp][] = [
      [
        (x) => (x.tables.profile[0]!.value = 'find clients'),
        /tables\.profile\[0\]\.value is not a value as rel writes/,
      ],
      [(x) => (x.tables.profile[1]!.value = '"code review"'), /tables\.profile\[1\]\.value/],
      [(x) => (x.tables.profile[0]!.key = 'shell'), /tables\.profile\[0\]\.key must be one of/],
      [(x) => (x.tables.people[0]!.met_on = 'yesterday-ish'), /tables\.people\[0\]\.met_on must be a date/],
      [(x) => (x.tables.ledger[0]!.date = '2026-02-30'), /tables\.ledger\[0\]\.date must be a date/],
      [(x) => (x.tables.events[0]!.kind = 'rave'), /tables\.events\[0\]\.kind must be one of: mixer/],
      [(x) => (x.schema = 99), /schema is not a schema this rel knows/],
      [(x) => (x.version = 2), /backup version 2 is not one this rel reads/],
      [(x) => (x.tables.people[1]!.ahead = 2), /tables\.people\[1\]\.ahead must be 0 or 1/],
      [(x) => (x.tables.people[1]!.cadence = 'often'), /tables\.people\[1\]\.cadence must be a cadence/],
      [(x) => (x.tables.people[0]!.name = 'Ai\u001b[2Jko'), /tables\.people\[0\]\.name must be a name/],
      [(x) => (x.tables.ledger[0]!.person_id = 999), /tables\.ledger\[0\]\.person_id points at a person/],
      [(x) => x.tables.people.push({ ...x.tables.people[0]! }), /tables\.people\[3\]\.id repeats a row/],
      [(x) => (x.tables.touches[0]!.shell = 'rm -rf'), /tables\.touches\[0\].*shell/],
      [(x) => delete x.tables.people[0]!.created_at, /tables\.people\[0\]\.created_at is missing/],
      [(x) => (x.tables.events[0]!.cost = -5), /tables\.events\[0\]\.cost must be a number of 0 or more/],
      [(x) => (x.tables.secrets = []), /tables\.secrets is not a field rel knows/],
      [(x) => (x.tables.ledger[0]!.what = 'x'.repeat(2001)), /tables\.ledger\[0\]\.what is longer than 2000/],
    ];
    for (const [f, msg] of cases) {
      const dir = tempDir();
      const { r, env } = await importInto(edit(b, f), dir);
      expect(r.code, String(msg)).toBe(1);
      expect(r.err).toMatch(msg);
      expect(r.err).toMatch(/Nothing was imported/);
      expect((JSON.parse((await runCli(['list', '--json'], env)).out) as { count: number }).count).toBe(0);
    }
    expect((await importInto(b)).r.code).toBe(0);
  });

  it('speaks Japanese too', async () => {
    const b = await sampleBackup();
    const dir = tempDir();
    const file = join(dir, 'b.json');
    writeFileSync(file, JSON.stringify(edit(b, (x) => (x.tables.people[0]!.met_on = 'x'))));
    const r = await runCli(['import', file, '--lang', 'ja'], { REL_DB: join(dir, 'rel.db'), HOME: dir });
    expect(r.err).toMatch(
      /tables\.people\[0\]\.met_on は 2026-11-22 のような日付でなければなりません。何もインポートしていません。/,
    );
  });

  it('any one field changed to any JSON value is refused, or every command still works', async () => {
    const b = await sampleBackup();
    const spots = Object.entries(b.tables).flatMap(([t, rows]) =>
      rows.flatMap((r, i) => Object.keys(r).map((k) => [t, i, k] as const)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...spots), fc.jsonValue({ maxDepth: 2 }), async ([t, i, k], v) => {
        const { r, env } = await importInto(edit(b, (x) => (x.tables[t]![i]![k] = v)));
        if (r.code !== 0) {
          expect(r.err).toMatch(new RegExp(`tables\\.${t}\\[`));
          return;
        }
        for (const args of [
          ['list'],
          ['review'],
          ['remind'],
          ['today'],
          ['export', '--format', 'md'],
          ['show', '#1'],
        ]) {
          const c = await runCli(args, env);
          expect(c.err, `${t}[${i}].${k} = ${JSON.stringify(v)}: ${args.join(' ')}`).not.toMatch(
            /unexpected/,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
