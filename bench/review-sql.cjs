// The floor for a review: the statements a `rel review` runs, replayed by a bare script that loads
// better-sqlite3, runs each and JSON.parses the texts they return; no rel code, no objects, no
// rules, no output. What a review that loads what it loads cannot go below.
//   node --require bench/review-sql.cjs bin/rel.js … review   records them (REL_SQL_OUT: the file)
//   node bench/review-sql.cjs <file.db> <statements.json>      replays them against a db
'use strict';
const fs = require('node:fs');
const Database = require('better-sqlite3');

if (require.main === module) {
  const [file, statements] = process.argv.slice(2);
  const db = new Database(file);
  for (const { method, sql, args } of JSON.parse(fs.readFileSync(statements, 'utf8'))) {
    const st = db.prepare(sql);
    if (st.reader) st.raw();
    const result = st.reader ? st[method](...args) : st.run(...args);
    if (method === 'get' && Array.isArray(result))
      for (const v of result) if (typeof v === 'string' && (v[0] === '[' || v[0] === '{')) JSON.parse(v);
  }
  db.close();
} else {
  const log = [];
  // Statements are native objects: wrapping their prototype's methods sees every call rel makes.
  const probe = new Database(':memory:');
  const Statement = Object.getPrototypeOf(probe.prepare('SELECT 1'));
  probe.close();
  for (const method of ['get', 'all', 'run', 'iterate']) {
    const original = Statement[method];
    Statement[method] = function (...args) {
      // Savepoints come from better-sqlite3's transactions, which replay as BEGIN … COMMIT.
      if (!/^(SAVEPOINT|RELEASE|ROLLBACK TO)\b/.test(this.source))
        log.push({ method: method === 'iterate' ? 'all' : method, sql: this.source, args });
      return original.apply(this, args);
    };
  }
  const out = process.env.REL_SQL_OUT;
  if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify(log)));
}
