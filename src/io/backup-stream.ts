/**
 * The JSON backup as a stream of text chunks, table by table and row by row, so a network of any
 * size is written in little memory. The text is exactly JSON.stringify(makeBackup(…), null, 1)
 * followed by a newline (test/commands/export-stream.test.ts holds it to that, byte for byte).
 */
import type { Db } from '../db/open.js';
import { LATEST_VERSION } from '../db/migrations/index.js';
import { TABLES, type TableName } from '../db/repos/backup.js';

const CHUNK = 1 << 16;

export function* backupChunks(db: Db, today: string): Generator<string> {
  const head = { rel: 'backup', version: 1, schema: LATEST_VERSION, exported: today };
  let out = '{\n';
  for (const [k, v] of Object.entries(head)) out += ` ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  out += ' "tables": {';
  const names = Object.keys(TABLES) as TableName[];
  // One read transaction: every table from the same moment, even while another rel writes.
  db.prepare('BEGIN').run();
  try {
    for (const [t, table] of names.entries()) {
      out += `\n  ${JSON.stringify(table)}: [`;
      const cols = TABLES[table];
      const keys = cols.map((c, i) => `${i === 0 ? '' : ','}\n    ${JSON.stringify(c)}: `);
      let rows = 0;
      const stmt = db.prepare(
        `SELECT ${cols.join(', ')} FROM ${table} ORDER BY ${cols.slice(0, 2).join(', ')}`,
      );
      for (const row of stmt.raw().iterate() as IterableIterator<unknown[]>) {
        out += rows++ === 0 ? '\n   {' : ',\n   {';
        for (let i = 0; i < keys.length; i++) out += keys[i]! + JSON.stringify(row[i]);
        out += '\n   }';
        if (out.length >= CHUNK) {
          yield out;
          out = '';
        }
      }
      out += rows === 0 ? ']' : '\n  ]';
      if (t < names.length - 1) out += ',';
    }
  } finally {
    db.prepare('COMMIT').run();
  }
  yield `${out}\n }\n}\n`;
}
