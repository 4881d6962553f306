/** Simulated devices for sync tests: each its own db file, all sharing one sync folder. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { runCli, type Result } from '../helpers/inprocess.js';

export interface Device {
  name: string;
  db: string;
  rel: (...args: string[]) => Promise<Result>;
  ok: (...args: string[]) => Promise<string>;
  sync: (...args: string[]) => Promise<string>;
  json: <T = unknown>(...args: string[]) => Promise<T>;
}

export function devices(
  n: number,
  env: Record<string, string> = {},
): { folder: string; all: Device[]; dir: string } {
  const dir = tempDir();
  const folder = join(dir, 'Sync', 'rel');
  mkdirSync(join(dir, 'Sync'));
  const all = Array.from({ length: n }, (_, i) =>
    device(join(dir, `device${i + 1}`, 'rel.db'), folder, env, `d${i + 1}`),
  );
  return { folder, all, dir };
}

export function device(db: string, folder: string, env: Record<string, string> = {}, name = 'd'): Device {
  const rel = (...args: string[]) => runCli(['--db', db, ...args], { REL_NOW: '2026-11-22', ...env });
  const ok = async (...args: string[]) => {
    const r = await rel(...args);
    expect(r.err, `${name}: rel ${args.join(' ')}`).not.toMatch(/^rel: /m);
    expect(r.code, `${name}: rel ${args.join(' ')}: ${r.err}`).toBe(0);
    return r.out;
  };
  return {
    name,
    db,
    rel,
    ok,
    sync: (...args: string[]) => ok('sync', folder, ...args),
    json: async <T>(...args: string[]) => JSON.parse(await ok(...args, '--json')) as T,
  };
}

/** `rel export --format json` without local ids, links spelled by name: what must agree across devices. */
export async function portableExport(d: Device): Promise<unknown> {
  const b = JSON.parse(await d.ok('export', '--format', 'json')) as {
    tables: Record<string, Record<string, unknown>[]>;
  };
  const t = b.tables;
  const person = new Map(t.people!.map((p) => [p.id, `${String(p.name)}|${String(p.created_at)}`]));
  const event = new Map(t.events!.map((e) => [e.id, `${String(e.name)}|${String(e.date)}`]));
  const map = (rows: Record<string, unknown>[], links: Record<string, Map<unknown, string>>) =>
    rows
      .map((r) => {
        const o: Record<string, unknown> = { ...r };
        delete o.id;
        for (const [c, m] of Object.entries(links))
          if (c in o) o[c] = o[c] === null ? null : (m.get(o[c]) ?? '?');
        return JSON.stringify(o);
      })
      .sort();
  return {
    people: map(t.people!, { introducer_id: person, origin_event_id: event }),
    events: map(t.events!, { for_person_id: person }),
    ledger: map(t.ledger!, { person_id: person, event_id: event }),
    touches: map(t.touches!, { person_id: person }),
    intros: map(t.intros!, { introducer_id: person, person_id: person }),
    nicknames: map(t.nicknames!, { person_id: person }),
    tags: map(t.tags!, { person_id: person }),
    contact_points: map(t.contact_points!, { person_id: person }),
    event_people: map(t.event_people!, { event_id: event, person_id: person }),
    profile: map(t.profile!, {}),
    needs: map(t.needs ?? [], { person_id: person }),
  };
}

export const names = async (d: Device): Promise<string[]> =>
  (await d.json<{ people: { name: string }[] }>('list')).people.map((p) => p.name).sort();
