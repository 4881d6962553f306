/** Contact details, readings and touch kinds: recorded, shown, exported and read back. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { edit } from '../../src/commands/edit.js';
import { exportData } from '../../src/commands/export.js';
import { importData } from '../../src/commands/import.js';
import { resolvePerson } from '../../src/commands/support/resolve.js';
import { show } from '../../src/commands/show.js';
import { touch } from '../../src/commands/touch.js';
import { catalog } from '../../src/i18n/index.js';
import { showText } from '../../src/output/people.js';
import { touchText } from '../../src/output/records.js';
import { makeTheme } from '../../src/output/theme.js';
import { dump, testEnv } from '../helpers/db.js';

const misaki = {
  name: '渡辺 美咲',
  reading: 'わたなべ みさき',
  email: ['Misaki@Example.jp', 'misaki.w@example.com'],
  phone: ['090-1234-5678'],
  org: 'Example KK',
  where: '京都',
};

describe('contact details on add and edit', () => {
  it('are recorded, shown in both languages and carried by --json', async () => {
    const { deps } = testEnv();
    const added = await add(misaki, deps);
    expect(added.person).toMatchObject({
      reading: 'わたなべ みさき',
      org: 'Example KK',
      where: '京都',
      emails: ['misaki.w@example.com', 'misaki@example.jp'],
      phones: ['090-1234-5678'],
    });
    const r = await show({ person: '渡辺 美咲' }, deps);
    const ctx = { today: deps.today, theme: makeTheme(false) };
    const en = showText(r, { ...ctx, t: catalog('en') });
    expect(en).toContain('渡辺 美咲  わたなべ みさき');
    expect(en).toContain('org: Example KK · where: 京都');
    expect(en).toContain('email misaki.w@example.com, misaki@example.jp · phone 090-1234-5678');
    const ja = showText(r, { ...ctx, t: catalog('ja') });
    expect(ja).toContain('所属：Example KK · 場所：京都');
    expect(ja).toContain('電話 090-1234-5678');
  });

  it('edit adds and drops emails and phones, clears org and place, and says what changed', async () => {
    const { deps } = testEnv();
    await add(misaki, deps);
    const r = await edit(
      {
        person: 'misaki',
        dropEmail: ['misaki@example.jp'],
        phone: ['075 000 0000'],
        org: '',
        where: 'Osaka',
      },
      deps,
    );
    expect(r.changed).toEqual(['org', 'where', 'emails', 'phones']);
    expect(r.person).toMatchObject({
      emails: ['misaki.w@example.com'],
      phones: ['075 000 0000', '090-1234-5678'],
      where: 'Osaka',
    });
    expect(r.person.org).toBeUndefined();
    expect((await edit({ person: 'misaki', email: ['misaki.w@example.com'] }, deps)).changed).toEqual([]);
  });

  it('refuses a bad email, phone or reading with a usage error and writes nothing', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Ken Sato' }, deps);
    const before = dump(db);
    await expect(add({ name: 'X', email: ['not-an-email'] }, deps)).rejects.toMatchObject({
      exitCode: 2,
      key: 'invalidEmail',
    });
    await expect(edit({ person: 'Ken', phone: ['call me'] }, deps)).rejects.toMatchObject({
      exitCode: 2,
      key: 'invalidPhone',
    });
    await expect(edit({ person: 'Ken', reading: '佐藤' }, deps)).rejects.toMatchObject({
      exitCode: 2,
      key: 'invalidReading',
    });
    expect(dump(db)).toEqual(before);
    expect(catalog('ja').errors.invalidReading({ value: '佐藤' })).toContain('かなかローマ字');
  });
});

describe('readings name people', () => {
  it('in kana or romaji, strict or loose, and a prefix of a word', async () => {
    const { deps, db } = testEnv();
    await add(misaki, deps);
    await add({ name: '大野 翔平', reading: 'オオノ ショウヘイ' }, deps);
    await add({ name: 'Misato Ito' }, deps);
    expect(resolvePerson(db, 'misak').name).toBe('渡辺 美咲');
    expect(resolvePerson(db, 'watanabe').name).toBe('渡辺 美咲');
    expect(resolvePerson(db, 'みさき').name).toBe('渡辺 美咲');
    expect(resolvePerson(db, 'ミサキ').name).toBe('渡辺 美咲');
    expect(resolvePerson(db, 'わたなべ みさき').name).toBe('渡辺 美咲');
    expect(resolvePerson(db, 'shohei').name).toBe('大野 翔平');
    expect(resolvePerson(db, 'oono').name).toBe('大野 翔平');
    expect(resolvePerson(db, 'ono shohei').name).toBe('大野 翔平');
    expect(resolvePerson(db, 'misa').name).toBe('Misato Ito'); // a prefix of a whole name comes first
    await add({ name: '松本 美咲', reading: 'まつもと みさき' }, deps);
    expect(() => resolvePerson(db, 'misaki')).toThrow(expect.objectContaining({ key: 'personAmbiguous' }));
    expect(resolvePerson(db, 'matsumoto').name).toBe('松本 美咲');
  });
});

describe('touch kinds', () => {
  it('are recorded with English ids or Japanese words, shown in the timeline and in JSON', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', date: '2026-01-01' }, deps);
    const t = await touch({ person: 'Ken', note: 'ランチ', kind: '食事', date: '2026-11-01' }, deps);
    expect(t.touch).toMatchObject({ kind: 'meal', note: 'ランチ' });
    await touch({ person: 'Ken', kind: 'Call', date: '2026-11-02' }, deps);
    await touch({ person: 'Ken', kind: 'メッセージ', date: '2026-11-03', inbound: true }, deps);
    await touch({ person: 'Ken', date: '2026-11-04' }, deps);
    const r = await show({ person: 'Ken' }, deps);
    expect(r.touches.map((x) => x.kind)).toEqual(['meal', 'call', 'message', null]);
    expect(r.timeline.filter((i) => i.type === 'touch').map((i) => 'kind' in i && i.kind)).toEqual([
      'meal',
      'call',
      'message',
      null,
    ]);
    const ja = showText(r, { t: catalog('ja'), today: deps.today, theme: makeTheme(false) });
    expect(ja).toContain('連絡：ランチ [食事]');
    expect(ja).toContain('相手から連絡 [メッセージ]');
    const en = showText(r, { t: catalog('en'), today: deps.today, theme: makeTheme(false) });
    expect(en).toContain('in touch [call]');
    expect(touchText(t, { t: catalog('en'), today: deps.today })).toBe(
      'in touch with Ken Sato (meal, 1 Nov): ランチ',
    );
    await expect(touch({ person: 'Ken', kind: 'carrier pigeon' }, deps)).rejects.toMatchObject({
      exitCode: 2,
      data: { option: '--kind', valid: ['call', 'message', 'meet', 'meal', 'email', 'letter', 'other'] },
    });
  });
});

describe('details go out to vCard and CSV and come back', () => {
  it('round-trips reading, place, org, emails and phones through both formats', async () => {
    const { deps } = testEnv();
    await add({ ...misaki, phone: ['+81 90-1234-5678'] }, deps);
    const dir = deps.cwd;
    await exportData({ format: 'vcard', out: join(dir, 'out.vcf') }, deps);
    await exportData({ format: 'csv', out: join(dir, 'out.csv') }, deps);
    const vcf = readFileSync(join(dir, 'out.vcf'), 'utf8');
    expect(vcf).toContain('X-PHONETIC-LAST-NAME:わたなべ\r\nX-PHONETIC-FIRST-NAME:みさき');
    expect(vcf).toContain('ADR:;;;京都;;;');
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('"org","reading","where","note"');
    for (const file of ['out.vcf', 'out.csv']) {
      const other = testEnv();
      await importData({ file: join(dir, file) }, other.deps);
      const p = (await show({ person: 'misaki' }, other.deps)).person;
      expect(p, file).toMatchObject({
        reading: 'わたなべ みさき',
        where: '京都',
        org: 'Example KK',
        emails: ['misaki.w@example.com', 'misaki@example.jp'],
        phones: ['+81 90-1234-5678'],
      });
    }
  });

  it('reads readings from SORT-AS, and from Google CSV phonetic columns; fills a reading on a match', async () => {
    const { deps } = testEnv();
    await add({ name: '山田 太郎', email: ['taro@example.jp'] }, deps);
    const vcf = join(deps.cwd, 'sort-as.vcf');
    writeFileSync(
      vcf,
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:山田 太郎\r\nN;SORT-AS="やまだ,たろう":山田;太郎;;;\r\nEMAIL:taro@example.jp\r\n' +
        'ADR;TYPE=work:;;1-2-3 Kita;Sapporo;Hokkaido;060-0000;Japan\r\nEND:VCARD\r\n',
    );
    const r = await importData({ file: vcf }, deps);
    expect(r.merged).toEqual([{ name: '山田 太郎', into: '山田 太郎', by: 'email' }]);
    expect((await show({ person: 'taro' }, deps)).person).toMatchObject({
      reading: 'やまだ たろう',
      where: 'Sapporo',
    });
    const csv = join(deps.cwd, 'google.csv');
    writeFileSync(
      csv,
      'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,E-mail 1 - Value,Address 1 - City\n' +
        '花子,,佐藤,はなこ,,さとう,hanako@example.jp,Nagoya\n',
    );
    await importData({ file: csv }, deps);
    expect((await show({ person: 'hanako' }, deps)).person).toMatchObject({
      name: '花子 佐藤',
      reading: 'さとう はなこ',
      where: 'Nagoya',
    });
  });
});
