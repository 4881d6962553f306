import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { exportData } from '../../src/commands/export.js';
import { importData } from '../../src/commands/import.js';
import { give, take } from '../../src/commands/ledger.js';
import { list } from '../../src/commands/list.js';
import { merge } from '../../src/commands/merge.js';
import { show } from '../../src/commands/show.js';
import { contactsFor } from '../../src/db/repos/contacts.js';
import { parseVcards } from '../../src/io/vcard.js';
import { dump, testEnv } from '../helpers/db.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

describe('import from address books', () => {
  it('reads Apple vCard 3.0: names, nicknames, emails, phones, org, birthday, escaped notes', async () => {
    const { deps, db } = testEnv();
    const r = await importData({ file: fixture('apple-contacts.vcf') }, deps);
    expect(r.added).toEqual(['Aiko Tanaka', 'Ken Sato', 'Yumi Ono']);
    const aiko = (await show({ person: 'Aiko Tanaka' }, deps)).person;
    expect(aiko).toMatchObject({ nicknames: ['Ai'], birthday: '1990-04-12', org: 'Example Design Co.' });
    expect(aiko.note).toBe('Met at the TypeScript study group, Shibuya. Likes climbing.');
    expect(contactsFor(db, aiko.id)).toEqual({
      emails: ['aiko.tanaka@example.com'],
      phones: ['+81 90-1234-5678'],
    });
    expect(contactsFor(db, (await show({ person: 'Ken Sato' }, deps)).person.id).emails).toEqual([
      'ken.sato@example.org',
      'ken@work.example.org',
    ]);
    expect((await show({ person: 'Yumi Ono' }, deps)).person.note).toBe(
      'Sister of a former colleague;\nintroduced at a wedding.',
    );
  });

  it('reads Google vCard: labels as tags, a birthday without a year, folded lines', async () => {
    const { deps } = testEnv();
    await importData({ file: fixture('google-contacts.vcf'), format: 'vcard' }, deps);
    const kenta = (await show({ person: 'Kenta Ishii' }, deps)).person;
    expect(kenta).toMatchObject({
      nicknames: ['Ken-chan'],
      birthday: '--05-15',
      tags: ['Engineers'],
      org: 'Freelance',
    });
    expect(kenta.note).toBe('Organises a monthly Rust meetup. Asked me to help with the venue next time.');
  });

  it('reads Outlook vCard 2.1 with quoted-printable Japanese', async () => {
    const { deps, db } = testEnv();
    await importData({ file: fixture('outlook-21.vcf') }, deps);
    const taro = (await show({ person: '山田' }, deps)).person;
    expect(taro).toMatchObject({ name: '山田 太郎', note: '勉強会で出会った' });
    expect(contactsFor(db, taro.id)).toEqual({
      emails: ['taro.yamada@example.jp'],
      phones: ['090-3333-4444'],
    });
  });

  it('reads LinkedIn connections: notes before the header, "Connected On" as the met date', async () => {
    const { deps } = testEnv();
    const r = await importData({ file: fixture('linkedin-connections.csv'), format: 'linkedin' }, deps);
    expect(r.added).toEqual(['Daiki Mori', 'Haruka Endo', 'Sho Abe']);
    expect((await show({ person: 'Haruka Endo' }, deps)).person).toMatchObject({
      met: '2026-11-02',
      origin: 'online',
      org: 'Endo & Partners, Inc.',
      tags: ['linkedin'],
    });
  });

  it('reads Google Contacts CSV with a BOM, multi-line notes and labels', async () => {
    const { deps } = testEnv();
    await importData({ file: fixture('google-contacts.csv') }, deps);
    const taro = (await show({ person: 'Taro Yamada' }, deps)).person;
    expect(taro).toMatchObject({ birthday: '1985-07-07', tags: ['Alumni'], org: 'Example KK' });
    expect(taro.note).toBe('Met at the alumni reunion\nPlays golf on Saturdays');
    expect((await show({ person: 'Emi Kondo' }, deps)).person.nicknames).toEqual(['Emi-san']);
  });

  it('a broken file names the card and changes nothing', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Someone Already Here' }, deps);
    const before = dump(db);
    await expect(importData({ file: fixture('broken.vcf') }, deps)).rejects.toMatchObject({
      key: 'importBadCard',
      exitCode: 1,
      data: { where: { card: 3, line: 10, name: 'Never Ends' }, problem: { code: 'neverEnds' } },
    });
    expect(dump(db)).toEqual(before);
    const noFn = join(deps.cwd, 'nofn.vcf');
    writeFileSync(
      noFn,
      'BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:Nameless;;;;\nEND:VCARD\n',
    );
    await expect(importData({ file: noFn }, deps)).rejects.toMatchObject({
      data: { where: { card: 2, line: 5 }, problem: { code: 'noFn' } },
    });
    expect(dump(db)).toEqual(before);
  });

  it('--dry-run reports and writes nothing', async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    const r = await importData({ file: fixture('apple-contacts.vcf'), dryRun: true }, deps);
    expect(r).toMatchObject({ dryRun: true, added: ['Aiko Tanaka', 'Ken Sato', 'Yumi Ono'] });
    expect(dump(db)).toEqual(before);
  });

  it('matches people you already have by email, phone or name instead of duplicating them', async () => {
    const { deps } = testEnv();
    await add({ name: 'Aiko T.', date: '2020-01-01' }, deps);
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    const email = join(deps.cwd, 'other.vcf');
    writeFileSync(
      email,
      'BEGIN:VCARD\nVERSION:3.0\nFN:Aiko Tanaka\nEMAIL:aiko.tanaka@example.com\nEND:VCARD\n',
    );
    await importData({ file: email }, deps); // adds Aiko Tanaka with her email
    const r = await importData({ file: fixture('apple-contacts.vcf') }, deps);
    expect(r.merged.map((m) => [m.name, m.into, m.by])).toEqual([
      ['Aiko Tanaka', 'Aiko Tanaka', 'email'],
      ['Ken Sato', 'Ken Sato', 'name'],
    ]);
    expect(r.added).toEqual(['Yumi Ono']);
    const again = await importData({ file: fixture('apple-contacts.vcf') }, deps);
    expect(again).toMatchObject({ added: [], merged: [], unchanged: 3 });
    expect((await list({}, deps)).count).toBe(4);
  });

  it('refuses an unknown format or a missing file', async () => {
    const { deps } = testEnv();
    await expect(importData({ file: 'x.vcf', format: 'foo' }, deps)).rejects.toMatchObject({
      key: 'invalidValue',
      exitCode: 2,
    });
    writeFileSync(join(deps.cwd, 'x.txt'), 'BEGIN:VCARD\r\nEND:VCARD\r\n');
    await expect(importData({ file: 'x.txt' }, deps)).rejects.toMatchObject({
      key: 'importFormatUnknown',
      exitCode: 2,
    });
    await expect(importData({ file: 'missing.vcf' }, deps)).rejects.toMatchObject({ exitCode: 1 });
  });
});

describe('export', () => {
  it('json → import into an empty db → json gives the same file', async () => {
    const a = testEnv();
    loadDemo(a.db, demoData(), a.deps.today, 'en', a.deps.now.toISOString());
    await exportData({ format: 'json', out: 'backup.json' }, a.deps);
    const first = readFileSync(join(a.deps.cwd, 'backup.json'), 'utf8');
    const b = testEnv();
    await importData({ file: join(a.deps.cwd, 'backup.json') }, b.deps);
    await exportData({ format: 'json', out: 'again.json' }, b.deps);
    expect(readFileSync(join(b.deps.cwd, 'again.json'), 'utf8')).toBe(first);
    expect(dump(b.db)).toEqual(dump(a.db));
  });

  it('a backup imported into a db with data merges people and never doubles the history', async () => {
    const a = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, a.deps);
    await give({ person: 'Ken', what: 'coffee', date: '2026-11-01' }, a.deps);
    await exportData({ format: 'json', out: 'b.json' }, a.deps);
    const b = testEnv();
    await add({ name: 'ken sato', date: '2019-01-01' }, b.deps);
    await take({ person: 'ken', what: 'advice', date: '2026-10-01' }, b.deps);
    const file = join(a.deps.cwd, 'b.json');
    await importData({ file }, b.deps);
    await importData({ file }, b.deps);
    const ken = await show({ person: 'Ken Sato' }, b.deps);
    expect([ken.gives.length, ken.takes.length, ken.person.met]).toEqual([1, 1, '2019-01-01']);
    expect((await list({}, b.deps)).count).toBe(1);
  });

  it('vCard 4.0 that reads back the same people', async () => {
    const { deps } = testEnv();
    await importData({ file: fixture('apple-contacts.vcf') }, deps);
    await importData({ file: fixture('google-contacts.vcf') }, deps);
    const r = await exportData({ format: 'vcard' }, deps);
    const back = parseVcards([...r.chunks!].join(''));
    expect(back.map((p) => p.name)).toEqual([
      'Aiko Tanaka',
      'Ken Sato',
      'Kenta Ishii',
      'Rina Kato',
      'Yumi Ono',
    ]);
    expect(back.find((p) => p.name === 'Kenta Ishii')).toMatchObject({
      birthday: '--05-15',
      nicknames: ['Ken-chan'],
      tags: ['Engineers'],
    });
    expect(back.find((p) => p.name === 'Yumi Ono')!.note).toBe(
      'Sister of a former colleague;\nintroduced at a wedding.',
    );
  });

  it('CSV neutralises cells a spreadsheet would run as formulas', async () => {
    const { deps } = testEnv();
    await add({ name: '=HYPERLINK("http://x","y")', note: '@SUM(A1)', tag: ['-3', '+1'] }, deps);
    const csv = [...(await exportData({ format: 'csv' }, deps)).chunks!].join('');
    expect(csv).toContain(`'=HYPERLINK(""http://x"",""y"")`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/,=|,@|,\+|,-\d/);
  });

  it('Markdown: one section per person, with the timeline', async () => {
    const { deps } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    await give({ person: 'Ken', what: 'coffee', date: '2026-11-01' }, deps);
    const md = [...(await exportData({ format: 'md' }, deps)).chunks!].join('');
    expect(md).toContain('## Ken Sato');
    expect(md).toContain('- 1 Nov 2026: gave: coffee [other]');
  });

  it('writes only where told, readable by the owner only', async () => {
    const { deps } = testEnv();
    const r = await exportData({ format: 'json', out: 'b.json' }, deps);
    const { statSync } = await import('node:fs');
    expect(statSync(r.path!).mode & 0o777).toBe(0o600);
  });
});

describe('merge', () => {
  it('moves all history onto the person kept, and the other name becomes a nickname', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Ken Sato', date: '2021-01-01', tag: ['work'] }, deps);
    await add({ name: 'Kenji Sato', date: '2019-05-01', birthday: '1990-05-15', tag: ['friend'] }, deps);
    await give({ person: 'Ken Sato', what: 'coffee', date: '2026-11-01' }, deps);
    await take({ person: 'Kenji', what: 'advice', date: '2026-10-01' }, deps);
    const r = await merge({ keep: 'Ken Sato', other: 'Kenji Sato', yes: true }, deps);
    expect(r).toMatchObject({ merged: 'Kenji Sato', moved: 1 });
    const ken = await show({ person: 'Ken Sato' }, deps);
    expect(ken.person).toMatchObject({
      nicknames: ['Kenji Sato'],
      tags: ['friend', 'work'],
      met: '2019-05-01',
      birthday: '1990-05-15',
    });
    expect([ken.gives.length, ken.takes.length]).toEqual([1, 1]);
    expect((await list({}, deps)).count).toBe(1);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    await expect(merge({ keep: 'Ken Sato', other: 'ken sato', yes: true }, deps)).rejects.toMatchObject({
      key: 'mergeSelf',
    });
  });
});
