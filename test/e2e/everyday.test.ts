import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { rel } from '../helpers/cli.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);
const fresh = () => ({ REL_DB: join(tempDir(), 'rel.db') });

describe('rel import - reads standard input', () => {
  it('imports a piped vCard file, names standard input in messages, and needs --format', () => {
    const env = fresh();
    const vcf = readFileSync(fixture('apple-contacts.vcf'), 'utf8');
    const r = rel(['import', '-', '--format', 'vcard'], env, vcf);
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('imported standard input: 3 added') });
    expect(JSON.parse(rel(['list', '--json'], env).out).count).toBe(3);
    const again = rel(['import', '-', '--format', 'vcard', '--json'], env, vcf);
    expect(JSON.parse(again.out)).toMatchObject({ file: '-', added: [], unchanged: 3 });
    const none = rel(['import', '-'], env, vcf);
    expect(none.code).toBe(2);
    expect(none.err).toContain('needs --format');
    const broken = rel(
      ['import', '-', '--format', 'vcard'],
      env,
      readFileSync(fixture('broken.vcf'), 'utf8'),
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('Nothing was imported');
    const ja = rel(['import', '-', '--format', 'json', '--lang', 'ja'], env, '{ not json');
    expect(ja.code).toBe(1);
    expect(ja.err).toContain('標準入力');
  });

  it('decodes Shift_JIS from standard input as from a file, and caps its size the same way', () => {
    const env = fresh();
    const card = Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:'),
      Buffer.from([142, 82, 147, 99, 32, 145, 190, 152, 89]), // 山田 太郎 in Shift_JIS
      Buffer.from('\r\nEND:VCARD\r\n'),
    ]);
    expect(rel(['import', '-', '--format', 'vcard'], env, card).code).toBe(0);
    expect(JSON.parse(rel(['list', '--json'], env).out).people[0].name).toBe('山田 太郎');
    const big = rel(['import', '-', '--format', 'vcard', '--max-size', '0.00001'], env, card);
    expect(big.code).toBe(1);
    expect(big.err).toMatch(/standard input is larger than/);
  });

  it('a JSON backup piped out of one db and into another arrives whole', () => {
    const a = fresh();
    rel(['add', 'Ken Sato', '--date', '2020-01-01'], a);
    rel(['date', 'Ken Sato', 'launch', '--on', '2026-12-01'], a);
    const backup = rel(['export', '--format', 'json'], a).out;
    const b = fresh();
    expect(rel(['import', '-', '--format', 'json'], b, backup).code).toBe(0);
    expect(rel(['export', '--format', 'json'], b).out).toBe(backup);
  });
});

describe('rel date through the binary', () => {
  it('notes, lists and removes dates in both languages, with usage errors on exit 2', () => {
    const env = fresh();
    rel(['add', 'Ken Sato'], env);
    expect(rel(['date', 'Ken', 'launch party', '--on', '25 Nov'], env).out).toBe(
      "noted Ken Sato's launch party: 25 Nov (in 3 days)\n",
    );
    expect(
      rel(['date', 'Ken', '結婚記念日', '--on', '2019年11月28日', '--yearly', '--lang', 'ja'], env).out,
    ).toBe('Ken Satoさんの「結婚記念日」を11月28日（毎年）として記録しました（6日後）\n');
    expect(rel(['date'], env).out).toBe(
      '25 Nov  Ken Sato: launch party · in 3 days\n28 Nov  Ken Sato: 結婚記念日 (every year, 7 years) · in 6 days\n',
    );
    expect(rel(['remind'], env).out).toBe(
      "Ken Sato's launch party is on 25 Nov.\nKen Sato's 結婚記念日 is on 28 Nov (7 years).\n",
    );
    const json = JSON.parse(rel(['date', 'Ken', '--json'], env).out);
    expect(json).toMatchObject({
      person: { name: 'Ken Sato' },
      dates: [{ label: 'launch party', inDays: 3 }, {}],
    });
    expect(rel(['date', 'Ken', 'launch'], env)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--on'),
    });
    expect(rel(['date', 'Ken', '--on', 'today'], env).code).toBe(2);
    expect(rel(['date', 'Ken', 'x', '--on', 'someday'], env).code).toBe(2);
    const gone = rel(['date', 'rm', 'Ken', 'exam'], env);
    expect(gone).toMatchObject({ code: 1, out: '' });
    expect(gone.err).toContain('their dates: 結婚記念日, launch party');
    const rm = rel(['date', 'rm', 'Ken', 'LAUNCH PARTY', '--json'], env);
    expect(JSON.parse(rm.out)).toMatchObject({ removed: { label: 'launch party' }, findings: [] });
    expect(rel(['show', 'Ken'], env).out).toContain('dates: 結婚記念日 28 Nov (yearly)');
  });
});

describe('--quiet on writes, and spread previews unless --apply', () => {
  it('-q drops the confirmation line but keeps findings on stderr; -qq drops those too', () => {
    const env = fresh();
    expect(rel(['add', 'Yumi Ono', '--origin', 'school', '--quiet'], env)).toMatchObject({
      code: 0,
      out: '',
      err: '',
    });
    const once = rel(['take', 'Yumi', 'sold her a plan', '--kind', 'sale', '-q'], env);
    expect(once).toMatchObject({ code: 0, out: '' });
    expect(once.err).toContain('[slash-and-burn]');
    const twice = rel(['take', 'Yumi', 'sold her another', '--kind', 'sale', '-qq'], env);
    expect(twice).toMatchObject({ code: 0, out: '', err: '' });
    expect(rel(['--quiet', '--quiet', 'take', 'Yumi', 'a third', '--kind', 'sale'], env)).toMatchObject({
      err: '',
    });
    // Still recorded; reads and --json are not silenced; errors still speak.
    expect(JSON.parse(rel(['show', 'Yumi', '--json', '-q'], env).out).takes).toHaveLength(3);
    expect(rel(['list', '-q'], env).out).toContain('Yumi Ono');
    expect(JSON.parse(rel(['give', 'Yumi', 'a book', '-q', '--json'], env).out).findings).toEqual([]);
    expect(rel(['give', 'Nobody', 'x', '-qq'], env)).toMatchObject({
      code: 1,
      err: expect.stringContaining('Nobody'),
    });
    const dir = tempDir();
    expect(rel(['export', '--out', join(dir, 'b.json'), '-q'], env)).toMatchObject({ code: 0, out: '' });
    expect(rel(['date', 'Yumi', 'exam', '--on', 'tomorrow', '-q'], env)).toMatchObject({ code: 0, out: '' });
    expect(rel(['date', 'rm', 'Yumi', 'exam', '-q'], env)).toMatchObject({ code: 0, out: '' });
  });

  it('spread shows its plan and writes nothing; --apply snoozes as shown', () => {
    const env = fresh();
    for (const n of ['A', 'B', 'C'])
      rel(['add', `Person ${n}`, '--date', '2020-01-01', '--every', '1m'], env);
    const preview = rel(['spread', '--over', '3'], env);
    expect(preview.out).toBe(
      'Would spread 3 due people over the next 3 days, most overdue first (a preview:\nadd --apply to snooze them so):\n' +
        '  22 Nov  Person A\n  23 Nov  Person B\n  24 Nov  Person C\n',
    );
    expect(JSON.parse(rel(['remind', '--json'], env).out).due).toHaveLength(3);
    // Days of different widths line up: the names start in one column.
    const wide = rel(['spread', '--over', '20'], env).out.split('\n').slice(2, 5);
    expect(wide).toEqual(['  22 Nov  Person A', '  28 Nov  Person B', '  5 Dec   Person C']);
    const applied = rel(['spread', '--over', '3', '--apply'], env);
    expect(applied.out).toContain('Spread 3 due people over the next 3 days');
    expect(JSON.parse(rel(['remind', '--json'], env).out).due).toHaveLength(1);
    expect(JSON.parse(rel(['spread', '--json'], env).out)).toMatchObject({ applied: false, findings: [] });
    // A preview on a db that does not exist yet creates nothing.
    const none = { REL_DB: join(tempDir(), 'none.db') };
    expect(rel(['spread'], none).code).toBe(0);
    expect(existsSync(none.REL_DB)).toBe(false);
  });
});

describe('an offered take on the person page', () => {
  it('says it was offered unasked, in the timeline and the journal, in both languages', () => {
    const env = fresh();
    rel(['add', 'Ren Young', '--origin', 'inbound'], env);
    rel(['take', 'Ren Young', 'a branding project', '--kind', 'referral', '--offered'], env);
    expect(rel(['show', 'Ren Young'], env).out).toContain('received (offered unasked): a branding project');
    expect(rel(['show', 'Ren Young', '--lang', 'ja'], env).out).toContain('テイク（相手から申し出）：');
    expect(rel(['export', '--format', 'md'], env).out).toContain('received (offered unasked)');
  });
});
