/** Rows read as one JSON text, whole or a page at a time, are the rows better-sqlite3 reads. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { jsonColumnPages, jsonColumns, jsonPages, jsonRows } from '../../src/db/stmt.js';

function table(n: number): Db {
  const db = new Database(':memory:') as unknown as Db;
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT, score REAL)');
  const ins = db.prepare('INSERT INTO t (name, note, score) VALUES (?, ?, ?)');
  // Text JSON must escape, NULLs, and doubles that must come back to the last bit.
  for (let i = 0; i < n; i++)
    ins.run(`名前 "${i}" \\ ],[`, i % 3 === 0 ? null : `line\nbreak ${i}`, i / 3 + 0.1);
  return db;
}

const direct = (db: Db, rest: string, ...params: unknown[]) =>
  db
    .prepare(`SELECT id, name, note, score ${rest}`)
    .raw()
    .all(...params);

/** Rows as columns: the i-th value of every column. */
const transpose = (cols: unknown[][]) => (cols[0] ?? []).map((_, i) => cols.map((c) => c[i]));

describe('jsonRows and jsonPages', () => {
  it('read the same values in the same order as row by row', () => {
    const db = table(50);
    const rest = 'FROM t WHERE id > ? ORDER BY id DESC';
    expect(jsonRows(db, ['id', 'name', 'note', 'score'], rest, 7)).toEqual(direct(db, rest, 7));
  });

  it('pages cover every row once, whether the last page is full, short or the table empty', () => {
    for (const n of [0, 1, 6, 7, 12]) {
      const db = table(n);
      const pages = [...jsonPages(db, ['id', 'name', 'note', 'score'], 'FROM t ORDER BY id', 3)];
      expect(pages.flat()).toEqual(direct(db, 'FROM t ORDER BY id'));
      expect(pages.every((p) => p.length > 0 && p.length <= 3)).toBe(true);
      expect(pages).toHaveLength(Math.ceil(n / 3));
    }
  });

  it('read as columns, the same values line up row for row, in the same order', () => {
    for (const n of [0, 1, 50]) {
      const db = table(n);
      const rest = 'FROM t WHERE id > ? ORDER BY id DESC';
      const cols = jsonColumns<[number, string, string | null, number]>(
        db,
        ['id', 'name', 'note', 'score'],
        rest,
        7,
      );
      expect(cols).toHaveLength(4);
      expect(transpose(cols)).toEqual(direct(db, rest, 7));
    }
  });

  it('column pages cover every row once', () => {
    for (const n of [0, 1, 6, 7, 12]) {
      const db = table(n);
      const pages = [...jsonColumnPages(db, ['id', 'name', 'note', 'score'], 'FROM t ORDER BY id', 3)];
      expect(pages.flatMap(transpose)).toEqual(direct(db, 'FROM t ORDER BY id'));
      expect(pages.every((p) => p[0]!.length > 0 && p[0]!.length <= 3)).toBe(true);
      expect(pages).toHaveLength(Math.ceil(n / 3));
    }
  });
});
