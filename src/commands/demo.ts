/**
 * `rel demo`: a sample network (data/demo.json, dates relative to today) loaded into a temporary db
 * that never touches the user's own, then its review.
 */
import { writeTx } from '../db/tx.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../db/open.js';
import { addEventPerson, insertEvent, insertIntro } from '../db/repos/events.js';
import { insertLedger, insertTouch } from '../db/repos/ledger.js';
import { insertPerson, newPerson } from '../db/repos/people.js';
import { setProfile } from '../db/repos/profile.js';
import { addDays, type Day } from '../domain/dates.js';
import type { Lang } from '../domain/types.js';
import type { EventKind, Field, LedgerKind, Origin, Purpose } from '../domain/vocab.js';
import type { Deps } from './support/deps.js';
import { review, type ReviewResult } from './review.js';

interface DemoPerson {
  name: string;
  ja: string;
  origin?: Origin;
  met?: number;
  via?: string;
  ahead?: boolean;
  chemistry?: boolean;
  target?: boolean;
  every?: string;
  birthday?: string;
  tags?: string[];
  tagsJa?: string[];
  note?: string;
  noteJa?: string;
  prep?: { studied: string | null; give: string | null; reason: string | null };
  prepJa?: { studied?: string };
}
interface DemoEvent {
  name: string;
  ja: string;
  kind: EventKind;
  purpose?: Purpose;
  date: number;
  cost?: number;
  hours?: number;
  met?: [string, string | null][];
  for?: string;
}
type Entry = [string, number, LedgerKind, string, string];
interface DemoData {
  profile: {
    goal: string;
    goalJa: string;
    lookingFor: string;
    lookingForJa: string;
    canGive: string[];
    canGiveJa: string[];
    field: Field;
  };
  people: DemoPerson[];
  events: DemoEvent[];
  intros: [string, string, number][];
  gives: Entry[];
  takes: Entry[];
  touches: [string, number, string, string, boolean][];
}

export interface DemoResult {
  review: ReviewResult;
  /** Where the sample db was kept (--keep), or null when it was deleted. */
  kept: string | null;
}

export function demoData(): DemoData {
  return JSON.parse(readFileSync(new URL('../../data/demo.json', import.meta.url), 'utf8')) as DemoData;
}

/** Loads the sample network into `db`, dates counted back from `today`, names in `lang`. */
export function loadDemo(db: Db, data: DemoData, today: Day, lang: Lang, stamp: string): void {
  const day = (offset: number) => addDays(today, offset);
  const ids = new Map<string, number>();
  const names = new Map(data.people.map((p) => [p.name, lang === 'ja' ? p.ja : p.name]));
  const label = (en: string, ja: string) => (lang === 'ja' ? ja : en);
  writeTx(db, () => {
    const p = data.profile;
    setProfile(db, {
      goal: label(p.goal, p.goalJa),
      lookingFor: label(p.lookingFor, p.lookingForJa),
      canGive: lang === 'ja' ? p.canGiveJa : p.canGive,
      field: p.field,
      lang,
      onboardedOn: day(-365),
    });
    for (const x of data.people) {
      const prep = { studied: null, give: null, reason: null, ...x.prep, ...(lang === 'ja' ? x.prepJa : {}) };
      const id = insertPerson(
        db,
        newPerson(names.get(x.name)!, {
          origin: x.origin ?? 'other',
          introducerId: x.via ? (ids.get(x.via) ?? null) : null,
          met: x.met === undefined ? null : day(x.met),
          ahead: x.ahead ?? false,
          chemistry: x.chemistry ?? true,
          target: x.target ?? false,
          every: x.every ?? null,
          birthday: x.birthday ?? null,
          tags: (lang === 'ja' ? x.tagsJa : undefined) ?? x.tags ?? [],
          note: (lang === 'ja' ? x.noteJa : x.note) ?? null,
          prep,
        }),
        stamp,
      );
      ids.set(x.name, id);
    }
    for (const e of data.events) {
      const eid = insertEvent(
        db,
        {
          name: label(e.name, e.ja),
          kind: e.kind,
          purpose: e.purpose ?? null,
          date: day(e.date),
          cost: e.cost ?? 0,
          hours: e.hours ?? 0,
          forPersonId: e.for ? ids.get(e.for)! : null,
        },
        stamp,
      );
      for (const [en, ja] of e.met ?? []) {
        let pid = ids.get(en);
        if (pid === undefined) {
          pid = insertPerson(
            db,
            newPerson(label(en, ja ?? en), { origin: 'event', originEventId: eid, met: day(e.date) }),
            stamp,
          );
          ids.set(en, pid);
        }
        addEventPerson(db, eid, pid);
      }
      if (e.for) {
        const pid = ids.get(e.for)!;
        addEventPerson(db, eid, pid);
        insertLedger(
          db,
          {
            personId: pid,
            direction: 'give',
            kind: 'attend',
            what: label(e.name, e.ja),
            date: day(e.date),
            eventId: eid,
          },
          stamp,
        );
      }
    }
    for (const [a, b, d] of data.intros)
      insertIntro(db, { introducerId: ids.get(a)!, personId: ids.get(b)!, date: day(d) }, stamp);
    for (const [direction, list] of [
      ['give', data.gives],
      ['take', data.takes],
    ] as const) {
      for (const [who, d, kind, en, ja] of list) {
        insertLedger(
          db,
          { personId: ids.get(who)!, direction, kind, what: label(en, ja), date: day(d), eventId: null },
          stamp,
        );
      }
    }
    for (const [who, d, en, ja, inbound] of data.touches) {
      insertTouch(
        db,
        { personId: ids.get(who)!, date: day(d), note: label(en, ja) || null, inbound, kind: null },
        stamp,
      );
    }
  });
}

export async function demo(opts: { keep?: boolean }, deps: Deps): Promise<DemoResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rel-demo-'));
  const path = join(dir, 'demo.db');
  const { db } = openDb(path, { mode: 'write', now: deps.now });
  try {
    loadDemo(db, demoData(), deps.today, deps.lang, deps.now.toISOString());
    return { review: await review({}, { ...deps, db }), kept: opts.keep ? path : null };
  } finally {
    db.close();
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}
