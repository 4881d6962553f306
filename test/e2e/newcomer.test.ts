/** What a newcomer stumbles on when following the README: each case from issue 18. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';
import { runCli } from '../helpers/inprocess.js';

function fresh() {
  const env = { REL_DB: join(tempDir(), 'rel.db'), REL_NOW: '2026-11-22' };
  return { env, run: (...argv: string[]) => runCli(argv, env) };
}

describe('the README leads, rel follows', () => {
  it('adding someone who exists says which rel edit to type', async () => {
    const { run } = fresh();
    await run('add', 'Ken Sato', '--date', '2020-04-01');
    const r = await run('add', 'Ken Sato', '--every', '30d');
    expect(r.code).toBe(1);
    expect(r.err).toContain('rel edit "Ken Sato" --every 30d');
    const ja = await run('add', 'Ken Sato', '--tag', 'mentor', '--lang', 'ja');
    expect(ja.err).toContain('rel edit "Ken Sato" --tag mentor');
  });

  it('adding a name close to someone recorded hints that it may be them', async () => {
    const { run } = fresh();
    await run('add', 'Kenji Sato');
    const r = await run('add', 'Ken Sato');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kenji Sato (#1)');
    expect(r.out).toContain('rel merge "Kenji Sato" "Ken Sato"');
    const plain = await run('add', 'Aiko Tanaka');
    expect(plain.out).toBe('added Aiko Tanaka (#3)\n');
  });

  it('add --via then rel intro is one introduction, and the earlier date wins', async () => {
    const { run } = fresh();
    await run('add', 'Ken Sato', '--date', '2020-04-01');
    await run('add', 'Client Kimura', '--via', 'Ken Sato');
    const r = await run('intro', 'Ken Sato', 'Client Kimura', '--date', '2026-11-12', '--json');
    expect(JSON.parse(r.out).intro.date).toBe('2026-11-12');
    const show = JSON.parse((await run('show', 'Client Kimura', '--json')).out);
    expect(show.person?.met ?? show.met).toBe('2026-11-12');
    const ken = (await run('show', 'Ken Sato')).out;
    expect(ken.match(/^ {2}\d+ \w+ +introduced you to Client Kimura$/gm)?.length).toBe(1);
    // A later date does not move it forward again.
    await run('intro', 'Ken Sato', 'Client Kimura', '--date', '2026-11-20');
    const again = JSON.parse((await run('show', 'Client Kimura', '--json')).out);
    expect(again.person?.met ?? again.met).toBe('2026-11-12');
  });

  it('every write with --json carries findings; merge counts what moved', async () => {
    const { run } = fresh();
    await run('add', 'Ken Sato', '--date', '2020-04-01');
    await run('add', 'Kenji Sato', '--date', '2021-04-01', '--again');
    await run('event', 'Meetup', '--kind', 'study-group', '--date', '2026-11-05', '--met', 'Kenji Sato');
    await run('intro', 'Kenji Sato', 'Yumi Ono', '--date', '2026-11-06');
    const writes: string[][] = [
      ['target', 'Famous Author', '--reason', 'learn', '--json'],
      ['edit', 'Ken Sato', '--tag', 'mentor', '--json'],
      ['snooze', 'Ken Sato', '--until', '2026-12-01', '--json'],
      ['rm', 'Yumi Ono', '--yes', '--json'],
    ];
    for (const argv of writes) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(Array.isArray(JSON.parse(r.out).findings), argv.join(' ')).toBe(true);
    }
    await run('intro', 'Kenji Sato', 'Aiko Tanaka', '--date', '2026-11-07');
    const m = await run('merge', 'Ken Sato', 'Kenji Sato', '--yes', '--json');
    const merged = JSON.parse(m.out);
    expect(merged.findings).toEqual([]);
    expect(merged.moved).toBe(2); // an attendance and an introduction
  });
});

describe('small things a user notices', () => {
  it('an edit that changes nothing says so', async () => {
    const { run } = fresh();
    await run('add', 'Ken Sato', '--tag', 'work');
    for (const argv of [
      ['--untag', 'missing'],
      ['--tag', 'work'],
      ['--nick', ''],
    ]) {
      const r = await run('edit', 'Ken Sato', ...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out).toContain('nothing changed');
      expect(r.out).not.toContain(': -');
    }
    expect((await run('edit', 'Ken Sato', '--circle', 'inner')).out).toContain('updated Ken Sato: circle');
  });

  it('a future birthday and a snooze into the past are refused', async () => {
    const { run } = fresh();
    await run('add', 'Ken Sato');
    const b = await run('edit', 'Ken Sato', '--birthday', '2027-05-15');
    expect(b.code).toBe(2);
    expect(b.err).toContain('--birthday');
    expect((await run('add', 'Yumi Ono', '--birthday', '2030-01-01')).code).toBe(2);
    expect((await run('add', 'Yumi Ono', '--birthday', '05-15')).code).toBe(0);
    const s = await run('snooze', 'Ken Sato', '--until', 'yesterday');
    expect(s.code).toBe(2);
    expect(s.err).toContain('--until');
    expect((await run('snooze', 'Ken Sato', '--until', 'today')).code).toBe(0);
  });

  it('the ambiguity error lists #ids, and family-name-first finds the person', async () => {
    const { run } = fresh();
    await run('add', 'Ken Sato');
    await run('add', 'Ken Suzuki');
    const r = await run('give', 'Ken', 'a book');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Ken Sato (#1)');
    expect(r.err).toContain('Ken Suzuki (#2)');
    const g = await run('give', 'Suzuki Ken', 'a book', '--json');
    expect(g.code).toBe(0);
    expect(JSON.parse(g.out).person.name).toBe('Ken Suzuki');
    await run('add', 'Sato Yumi');
    expect(JSON.parse((await run('show', 'Yumi Sato', '--json')).out).person?.name ?? '').toMatch(
      /Sato Yumi/,
    );
  });
});

describe('in Japanese, and after onboarding', () => {
  it('an empty review after onboarding does not send you to rel onboard again', async () => {
    const { env, run } = fresh();
    const before = await run('review');
    expect(before.out).toContain('rel onboard');
    const answers = join(tempDir(), 'answers.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(answers, JSON.stringify({ goal: 'Become a freelance web engineer', lang: 'en' }));
    expect((await runCli(['onboard', '--answers', answers], env)).code).toBe(0);
    const after = await run('review');
    expect(after.out).toContain('rel add');
    expect(after.out).not.toContain('rel onboard');
  });
});

describe('show and import tell the whole story', () => {
  it('show has contact details, the circle rhythm, and how overdue instead of a past "next"', async () => {
    const { run } = fresh();
    const vcf = join(import.meta.dirname, '..', 'fixtures', 'apple-contacts.vcf');
    await run('import', vcf);
    await run('edit', 'Aiko Tanaka', '--date', '2026-01-01', '--circle', 'inner');
    const page = (await run('show', 'Aiko Tanaka')).out;
    expect(page).toContain('Example Design Co.');
    expect(page).toContain('aiko.tanaka@example.com');
    expect(page).toContain('+81 90-1234-5678');
    expect(page).toMatch(/every 2w \(inner\): \d+ days overdue/);
    expect(page).not.toContain('through other');
    const json = JSON.parse((await run('show', 'Aiko Tanaka', '--json')).out);
    expect(json.overdue).toBeGreaterThan(0);
    expect(json.person.emails).toContain('aiko.tanaka@example.com');
  });

  it('import --dry-run names whom it would add; re-importing a backup counts who is up to date', async () => {
    const { run } = fresh();
    const vcf = join(import.meta.dirname, '..', 'fixtures', 'apple-contacts.vcf');
    const dry = await run('import', vcf, '--dry-run');
    expect(dry.out).toContain('would add Aiko Tanaka, Ken Sato, Yumi Ono');
    await run('import', vcf);
    const backup = join(tempDir(), 'backup.json');
    await run('export', '--format', 'json', '--out', backup);
    const again = await run('import', backup);
    expect(again.out).toContain('3 already up to date');
  });
});

describe('Japanese write confirmations fit the kind', () => {
  it('a sale is not 受け取りました and feedback is not 贈りました', async () => {
    const { run } = fresh();
    await run('add', '田中 愛子', '--lang', 'ja');
    const say = async (...argv: string[]) => (await run(...argv, '--lang', 'ja')).out;
    expect(await say('take', '田中', '保険', '--kind', 'sale')).toContain('田中 愛子さんに売り込みました');
    expect(await say('give', '田中', 'スライド', '--kind', 'feedback')).toContain('感想を伝えました');
    expect(await say('give', '田中', 'お菓子', '--kind', 'gift')).toContain('贈り物をしました');
    expect(await say('take', '田中', '本', '--kind', 'gift')).toContain('贈り物をもらいました');
    for (const out of [await say('give', '田中', '話', '--kind', 'listen'), await say('take', '田中', 'x')])
      expect(out).not.toMatch(/贈りました|売り込みました/);
    expect((await run('take', '田中', '保険', '--kind', 'sale')).out).toContain('sold to');
  });
});
