import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { edit } from '../../src/commands/edit.js';
import { event } from '../../src/commands/event.js';
import { importData } from '../../src/commands/import.js';
import { give, take } from '../../src/commands/ledger.js';
import { list } from '../../src/commands/list.js';
import { merge } from '../../src/commands/merge.js';
import { search } from '../../src/commands/search.js';
import { touch } from '../../src/commands/touch.js';
import { catalog } from '../../src/i18n/index.js';
import { searchText } from '../../src/output/search.js';
import { makeTheme } from '../../src/output/theme.js';
import { testEnv, type TestEnv } from '../helpers/db.js';

const find = async (env: TestEnv, ...words: string[]) => (await search({ words }, env.deps)).results;
const who = async (env: TestEnv, ...words: string[]) => [
  ...new Set((await find(env, ...words)).map((h) => h.person?.name ?? null)),
];

async function network(): Promise<TestEnv> {
  const env = testEnv();
  const { deps } = env;
  await add(
    { name: '渡辺 美咲', reading: 'わたなべ みさき', note: '週末はガーデニング', date: '2025-04-01' },
    deps,
  );
  await add({ name: 'Ken Sato', org: 'Example KK', where: 'Osaka', date: '2024-01-01' }, deps);
  await add({ name: 'Yumi Ono', email: ['yumi@example.org'], date: '2023-05-05' }, deps);
  await give({ person: 'Ken Sato', what: 'reviewed his gardening blog', date: '2026-10-01' }, deps);
  await take({ person: 'Yumi Ono', what: '勉強会の資料を共有してもらった', date: '2026-09-01' }, deps);
  await touch({ person: 'misa', note: '月例の勉強会のあとでお茶', date: '2026-11-03', kind: 'meet' }, deps);
  await event({ name: 'TS勉強会', kind: 'study-group', date: '2026-08-01' }, deps);
  return env;
}

describe('rel search', () => {
  it('finds Japanese words inside longer text, English words in any case, across every kind of record', async () => {
    const env = await network();
    expect(await who(env, 'ガーデニング')).toEqual(['渡辺 美咲']);
    expect(await who(env, 'GARDEN')).toEqual(['Ken Sato']);
    expect(await who(env, '勉強会')).toEqual(['渡辺 美咲', 'Yumi Ono', null]); // newest first, events last
    expect(await who(env, 'example')).toEqual(['Ken Sato', 'Yumi Ono']); // org and email
    expect(await who(env, 'osaka')).toEqual(['Ken Sato']);
    expect((await find(env, '勉強会')).map((h) => h.type)).toEqual(['touch', 'take', 'event']);
  });

  it('handles words shorter than three characters (no trigram) and romaji for readings', async () => {
    const env = await network();
    expect(await who(env, '週末')).toEqual(['渡辺 美咲']);
    expect(await who(env, 'KK')).toEqual(['Ken Sato']);
    expect(await who(env, 'misaki')).toEqual(['渡辺 美咲']);
    expect(await who(env, 'ミサキ')).toEqual(['渡辺 美咲']); // katakana finds a hiragana reading
    expect(await who(env, 'ｅｘａｍｐｌｅ', 'ＫＫ')).toEqual(['Ken Sato']); // full-width, all words
    expect(await find(env, 'gardening', 'osaka')).toEqual([]); // every word in one text
    expect(await find(env, 'zzz')).toEqual([]);
  });

  it('groups hits by person, the person with the newest hit first, and gives the JSON shape', async () => {
    const env = await network();
    await give({ person: 'Yumi Ono', what: 'sent the 勉強会 slides back', date: '2026-11-10' }, env.deps);
    const r = await search({ words: ['勉強会'] }, env.deps);
    expect(r.query).toBe('勉強会');
    expect(r.results.map((h) => [h.person?.name ?? null, h.date])).toEqual([
      ['Yumi Ono', '2026-11-10'],
      ['Yumi Ono', '2026-09-01'],
      ['渡辺 美咲', '2026-11-03'],
      [null, '2026-08-01'],
    ]);
    expect(r.results[0]).toEqual({
      person: { id: 3, name: 'Yumi Ono' },
      type: 'give',
      date: '2026-11-10',
      text: 'sent the 勉強会 slides back',
    });
  });

  it('finds what changed after an edit, a merge and an import, in both languages', async () => {
    const env = await network();
    await edit({ person: 'Ken Sato', note: 'moved to Kyoto, into bonsai', org: '盆栽協会' }, env.deps);
    expect(await who(env, 'bonsai')).toEqual(['Ken Sato']);
    expect(await who(env, '盆栽')).toEqual(['Ken Sato']);
    expect(await find(env, 'Example KK')).toEqual([]);

    await add({ name: 'みさき', note: 'ハーブを育てている', again: true }, env.deps);
    await merge({ keep: '渡辺 美咲', other: '#4', yes: true }, env.deps);
    expect(await who(env, 'ハーブ')).toEqual(['渡辺 美咲']);

    const file = join(env.deps.cwd, 'new.vcf');
    writeFileSync(
      file,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:佐藤 花子\r\nX-PHONETIC-LAST-NAME:さとう\r\nX-PHONETIC-FIRST-NAME:はなこ\r\n' +
        'NOTE:Runs a pottery studio\\, 陶芸教室\r\nEND:VCARD\r\n',
    );
    await importData({ file }, env.deps);
    expect(await who(env, 'pottery')).toEqual(['佐藤 花子']);
    expect(await who(env, '陶芸')).toEqual(['佐藤 花子']);
    expect(await who(env, 'hanako')).toEqual(['佐藤 花子']);
  });

  it('refuses an empty query (usage) and words as text: grouped, counted, highlighted only with color', async () => {
    const env = await network();
    await expect(search({ words: ['  '] }, env.deps)).rejects.toMatchObject({ exitCode: 2 });
    const r = await search({ words: ['ガーデニング'] }, env.deps);
    const plain = searchText(r, { t: catalog('ja'), today: env.deps.today, theme: makeTheme(false) });
    expect(plain).toContain('渡辺 美咲\n');
    expect(plain).toContain('メモ');
    expect(plain).toContain('週末はガーデニング');
    expect(plain).toContain('1件');
    expect(plain).not.toContain('\u001b[');
    const color = searchText(r, { t: catalog('en'), today: env.deps.today, theme: makeTheme(true) });
    expect(color).toMatch(/\u001b\[[0-9;]*mガーデニング\u001b\[/);
    const none = await search({ words: ['nothing-like-this'] }, env.deps);
    expect(searchText(none, { t: catalog('en'), today: env.deps.today, theme: makeTheme(false) })).toContain(
      'nothing matches "nothing-like-this"',
    );
  });

  it('cuts a long text around the match', async () => {
    const env = testEnv();
    await add({ name: 'Long Note', note: `${'x'.repeat(300)} the needle ${'y'.repeat(300)}` }, env.deps);
    const r = await search({ words: ['needle'] }, env.deps);
    const line = searchText(r, { t: catalog('en'), today: env.deps.today, theme: makeTheme(false) }).split(
      '\n',
    )[1]!;
    expect(line).toContain('needle');
    expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('rel list --sort and --match', () => {
  it('sorts by reading, by last touch, by when met and by balance', async () => {
    const env = await network();
    await add({ name: '大野 翔平', reading: 'おおの しょうへい', date: '2026-11-01' }, env.deps);
    await add({ name: '相川 一郎', date: '2026-01-01' }, env.deps); // no reading: sorts by the name itself
    const names = async (sort?: string, lang: 'en' | 'ja' = 'ja') =>
      (await list({ sort }, { ...env.deps, lang })).people.map((p) => p.name);
    const byName = await names();
    expect(byName.indexOf('大野 翔平')).toBeLessThan(byName.indexOf('渡辺 美咲')); // お before わ
    expect(byName.slice(0, 2)).toEqual(['Ken Sato', 'Yumi Ono']);
    expect(await names('last')).toEqual(['大野 翔平', '相川 一郎', 'Yumi Ono', 'Ken Sato', '渡辺 美咲']);
    expect(await names('met')).toEqual(['Yumi Ono', 'Ken Sato', '渡辺 美咲', '相川 一郎', '大野 翔平']);
    expect((await names('balance')).slice(0, 1)).toEqual(['Yumi Ono']); // took without giving
    expect(await names('バランス')).toEqual(await names('balance'));
    await expect(list({ sort: 'age' }, env.deps)).rejects.toMatchObject({
      exitCode: 2,
      data: { valid: ['name', 'last', 'met', 'balance'] },
    });
  });

  it('--match keeps only the people a search finds', async () => {
    const env = await network();
    const r = await list({ match: '勉強会' }, env.deps);
    expect(r.people.map((p) => p.name).sort()).toEqual(['Yumi Ono', '渡辺 美咲']);
    expect((await list({ match: 'zzz' }, env.deps)).count).toBe(0);
  });
});
