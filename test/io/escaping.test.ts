/**
 * Any string in any field survives CSV, vCard and iCalendar export and reading back unchanged, and
 * never adds a row, a card or an event (property-based: line breaks of every kind, quotes, commas,
 * semicolons, backslashes, formula starts, control characters, emoji, Japanese).
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { remind } from '../../src/commands/remind.js';
import { exportData } from '../../src/commands/export.js';
import { importData } from '../../src/commands/import.js';
import { cleanName } from '../../src/domain/names.js';
import { neutralise, restoreCell } from '../../src/io/csv-cells.js';
import { writeCsv } from '../../src/io/csv.js';
import { parseVcards, writeVcards, type VcardPerson } from '../../src/io/vcard.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from '../helpers/db.js';

/** Characters that break naive writers, mixed with anything else. */
const nasty = fc.constantFrom(
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  ';',
  ':',
  '\\',
  '\\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "'",
  ' ',
  '\u001b]0;pwned\u0007',
  '\u0000',
  '\u0085',
  '\u2028',
  '\u202e',
  'BEGIN:VCARD',
  'END:VCARD',
  'END:VEVENT',
  'あ',
  '😀',
);
const anyText = fc.string({
  unit: fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 3 })),
  maxLength: 30,
});

describe('CSV', () => {
  it('quotes every field and neutralises formulas at the start and after every line break', () => {
    const out = writeCsv(['note'], [["harmless\r=cmd|' /C calc'!A0"], ['=1+1'], ['a\n+b\r\n@c']]);
    expect(out).toBe('"note"\r\n"harmless\r\'=cmd|\' /C calc\'!A0"\r\n"\'=1+1"\r\n"a\n\'+b\r\n\'@c"\r\n');
  });

  it('any strings come back cell for cell, with no extra row and no line that starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const text = writeCsv(['a', 'b', 'c'], rows);
        const back = parse(text, { relax_column_count: false }) as string[][];
        expect(back.length).toBe(rows.length + 1);
        expect(back.slice(1).map((r) => r.map(restoreCell))).toEqual(rows);
        for (const line of text.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralise is reversible for every string', () => {
    fc.assert(fc.property(anyText, (s) => restoreCell(neutralise(s)) === s));
  });
});

/** A person as rel stores one: names cleaned, list items trimmed and unique, notes trimmed. */
const trimmed = anyText.map((s) => s.normalize('NFC').trim()).filter((s) => s !== '');
const vcardPerson = fc.record({
  name: anyText.map(cleanName).filter((s) => s !== ''),
  nicknames: fc.uniqueArray(trimmed, { maxLength: 3 }),
  tags: fc.uniqueArray(
    trimmed.filter((s) => s !== 'myContacts' && s !== 'starred'),
    { maxLength: 3 },
  ),
  org: fc.option(trimmed),
  note: fc.option(trimmed),
  place: fc.option(trimmed),
});
const lf = (s: string | null) => s && s.replace(/\r\n|\r/g, '\n');

describe('vCard', () => {
  it('a note with a line break cannot forge a contact', () => {
    const note = 'hi\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:Fake Boss\rEND:VCARD';
    const text = writeVcards([
      {
        id: 1,
        name: 'Real',
        nicknames: [],
        tags: [],
        org: null,
        birthday: null,
        note,
        emails: [],
        phones: [],
        reading: null,
        place: null,
      },
    ]);
    const back = parseVcards(text);
    expect(back.map((p) => p.name)).toEqual(['Real']);
    expect(back[0]!.note).toBe(lf(note));
  });

  it('a value folded so that a continuation line reads " END:VCARD" stays inside its card', () => {
    // Found by the property below: 75 octets of wide characters put END:VCARD right after the fold.
    const tag = 'ৠ𐀀ࠀ\u202eࠀࠀBEGIN:VCARDࠀ𐀀𐀀BEGIN:VCARD𐀀𐀀𐀀END:VCARD';
    const person = (id: number, name: string, tags: string[]): VcardPerson => ({
      id,
      name,
      nicknames: [],
      tags,
      org: null,
      birthday: null,
      note: null,
      emails: [],
      phones: [],
      reading: null,
      place: null,
    });
    const text = writeVcards([person(1, 'First', [tag]), person(2, 'Second', [])]);
    expect(text).toContain('\r\n END:VCARD\r\n');
    expect(parseVcards(text).map((p) => [p.name, p.tags])).toEqual([
      ['First', [tag]],
      ['Second', []],
    ]);
  });

  it('any names, nicknames, tags, org and note survive export and import, one card each', () => {
    fc.assert(
      fc.property(fc.array(vcardPerson, { minLength: 1, maxLength: 4 }), (people) => {
        const cards: VcardPerson[] = people.map((p, i) => ({
          ...p,
          id: i + 1,
          birthday: null,
          emails: [],
          phones: [],
          reading: null,
        }));
        const text = writeVcards(cards);
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const back = parseVcards(text);
        expect(back.length).toBe(people.length);
        back.forEach((b, i) => {
          const p = people[i]!;
          expect({
            name: b.name,
            nicknames: b.nicknames,
            tags: b.tags,
            org: b.org,
            note: b.note,
            place: b.place,
          }).toEqual({
            name: p.name,
            nicknames: p.nicknames.map((n) => lf(n)),
            tags: p.tags.map((n) => lf(n)),
            org: lf(p.org),
            note: lf(p.note),
            place: lf(p.place),
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('iCalendar', () => {
  it('any name, even with line breaks, gives exactly its events, each SUMMARY intact and every line folded', async () => {
    const env = testEnv();
    let n = 0;
    await fc.assert(
      // Raw names, as a hand-edited backup could store them: line breaks and all.
      fc.asyncProperty(
        fc.array(
          trimmed.filter((s) => !s.includes('\u0000')),
          { minLength: 1, maxLength: 3 },
        ),
        async (names) => {
          env.db.exec('DELETE FROM important_dates; DELETE FROM people');
          for (const name of names) {
            const { person } = await add(
              { name: 'x', every: '2w', birthday: '1990-01-02', again: true },
              env.deps,
            );
            env.db.prepare('UPDATE people SET name = ? WHERE id = ?').run(name, person.id);
            // An important date labelled with the same raw text.
            env.db
              .prepare(
                "INSERT INTO important_dates (person_id, label, on_date, yearly, created_at) VALUES (?, ?, '2000-06-01', 1, '2026-01-01T00:00:00Z')",
              )
              .run(person.id, name);
          }
          const file = join(env.deps.cwd, `feed-${n++}.ics`);
          await remind({ ics: file }, env.deps);
          const text = readFileSync(file, 'utf8');
          for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
          const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
          const summaries = cal.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));
          expect(summaries.sort()).toEqual(
            names
              .map((name) => lf(name)!)
              .flatMap((name) => [
                env.deps.t.remind.icsDue({ name }),
                env.deps.t.remind.icsBirthday({ name }),
                env.deps.t.dates.ics({ name, label: name }),
              ])
              .sort(),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("rel's own CSV, out and back in", () => {
  it('any note and org survive rel export --format csv and rel import, one person each', async () => {
    const src = testEnv();
    let n = 0;
    const value = trimmed.filter((s) => !s.includes('\u0000'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ note: value, org: value }), { minLength: 1, maxLength: 3 }),
        async (people) => {
          src.db.exec('DELETE FROM people');
          for (const [i, p] of people.entries())
            await add({ name: `P${n}-${i}`, note: p.note, org: p.org }, src.deps);
          const file = `out-${n++}.csv`;
          await exportData({ format: 'csv', out: file }, src.deps);
          const dst = testEnv();
          const r = await importData({ file: join(src.deps.cwd, file) }, dst.deps);
          expect(r.added.length).toBe(people.length);
          const back = dst.db.prepare('SELECT note, org FROM people ORDER BY id').all();
          const stored = src.db.prepare('SELECT note, org FROM people ORDER BY id').all() as {
            note: string;
            org: string;
          }[];
          // An import trims the space around a cell (CSV readers' trim includes CR and NEL).
          const edge = (v: string | null) => v && lf(v)!.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
          expect((back as typeof stored).map((b) => ({ note: edge(b.note), org: edge(b.org) }))).toEqual(
            stored.map((x) => ({ note: edge(x.note), org: edge(x.org) })),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
