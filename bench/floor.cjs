// The floor for a write: what any Node program pays to load better-sqlite3, open a WAL db and insert
// one row. The benchmark times it like a rel command. usage: node bench/floor.cjs <file.db>
'use strict';
const Database = require('better-sqlite3');

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS floor (id INTEGER PRIMARY KEY, what TEXT NOT NULL, at TEXT NOT NULL)');
db.prepare('INSERT INTO floor (what, at) VALUES (?, ?)').run('lent a book', new Date().toISOString());
db.close();
