/** Files to import: encodings detected or forced, non-files refused, a size cap, the CLI's limits. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importData } from '../../src/commands/import.js';
import { list } from '../../src/commands/list.js';
import { dump, testEnv } from '../helpers/db.js';
import { refusal } from '../helpers/refusal.js';

const sjis = (s: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT_JIS'], { input: s });
const card = (fn: string, extra = '') => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\n${extra}END:VCARD\r\n`;
const utf16 = (s: string, le = true) => {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

const names = async (deps: Parameters<typeof list>[1]) => (await list({}, deps)).people.map((p) => p.name);

describe('encodings', () => {
  it('a Shift_JIS vCard gives two different people, named right', async () => {
    const { deps } = testEnv();
    const file = join(deps.cwd, 'phone.vcf');
    writeFileSync(file, sjis(card('山田 太郎', 'NOTE:勉強会で出会った\r\n') + card('山本 花子')));
    const r = await importData({ file }, deps);
    expect(r.added).toEqual(['山田 太郎', '山本 花子']);
    expect((await names(deps)).sort()).toEqual(['山本 花子', '山田 太郎']);
  });

  it('UTF-16 with a BOM (little or big endian) and a forced --encoding', async () => {
    const { deps } = testEnv();
    writeFileSync(join(deps.cwd, 'le.vcf'), utf16(card('佐藤 健')));
    writeFileSync(join(deps.cwd, 'be.vcf'), utf16(card('Ono Yumi'), false));
    writeFileSync(join(deps.cwd, 'forced.vcf'), sjis(card('高橋 一郎')));
    await importData({ file: 'le.vcf' }, deps);
    await importData({ file: 'be.vcf' }, deps);
    await importData({ file: 'forced.vcf', encoding: 'sjis' }, deps);
    expect((await names(deps)).sort()).toEqual(['Ono Yumi', '佐藤 健', '高橋 一郎'].sort());
  });

  it('bytes that are no encoding, or a name with unreadable characters, are refused and nothing is written', async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    writeFileSync(
      join(deps.cwd, 'bad.vcf'),
      Buffer.concat([Buffer.from(card('A')), Buffer.from([0xff, 0xff, 0x80])]),
    );
    expect(await refusal(importData({ file: 'bad.vcf' }, deps))).toMatch(
      /not text in utf-8 or shift_jis.*--encoding/,
    );
    writeFileSync(join(deps.cwd, 'u.vcf'), sjis(card('山田 太郎')));
    expect(await refusal(importData({ file: 'u.vcf', encoding: 'utf-8' }, deps))).toMatch(
      /not text in utf-8/,
    );
    writeFileSync(join(deps.cwd, 'g.vcf'), card('Yamada \uFFFD\uFFFD'));
    expect(await refusal(importData({ file: 'g.vcf' }, deps))).toMatch(/could not be read/);
    expect(await refusal(importData({ file: 'g.vcf', encoding: 'latin1' }, deps))).toMatch(/--encoding/);
    expect(dump(db)).toEqual(before);
  });
});

describe('what is not a file, or too much', () => {
  it('refuses /dev/zero, a FIFO and a folder at once, and caps the size', async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    const fifo = join(deps.cwd, 'pipe.vcf');
    execFileSync('mkfifo', [fifo]);
    mkdirSync(join(deps.cwd, 'folder.vcf'));
    for (const file of ['/dev/zero', fifo, 'folder.vcf'])
      expect(await refusal(importData({ file, format: 'vcard' }, deps))).toMatch(/not a regular file/);
    const big = join(deps.cwd, 'big.vcf');
    writeFileSync(big, card('Big', `NOTE:${'x'.repeat(1500)}\r\n`).repeat(1000));
    expect(await refusal(importData({ file: big, maxSize: '1' }, deps))).toMatch(
      /larger than 1 MB.*--max-size/,
    );
    expect(await refusal(importData({ file: big, maxSize: 'lots' }, deps))).toMatch(/--max-size/);
    // Without --format: a folder, a missing file and an unknown name each say what is wrong.
    mkdirSync(join(deps.cwd, 'exports'));
    expect(await refusal(importData({ file: 'exports' }, deps))).toMatch(/not a regular file/);
    expect(await refusal(importData({ file: 'contacts.vfc' }, deps))).toMatch(
      /there is no file .*contacts\.vfc/,
    );
    writeFileSync(join(deps.cwd, 'people.txt'), card('Text Person'));
    expect(await refusal(importData({ file: 'people.txt' }, deps))).toMatch(
      /cannot tell what kind of file .*people\.txt.*--format json, vcard, csv or linkedin/,
    );
    expect(dump(db)).toEqual(before);
  });

  it("holds imports to the CLI's length limits", async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    writeFileSync(
      join(deps.cwd, 'long.vcf'),
      card('Ok Person') + card('Long Note', `NOTE:${'x'.repeat(2001)}\r\n`),
    );
    expect(await refusal(importData({ file: 'long.vcf' }, deps))).toMatch(
      /card 2 .*note is longer than 2000/,
    );
    writeFileSync(join(deps.cwd, 'name.vcf'), card('N'.repeat(201)));
    expect(await refusal(importData({ file: 'name.vcf' }, deps))).toMatch(/name is longer than 200/);
    expect(dump(db)).toEqual(before);
  });
});
