import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { cron } from '../../src/commands/cron.js';
import { give, take } from '../../src/commands/ledger.js';
import { remind, snooze, spread } from '../../src/commands/remind.js';
import { show } from '../../src/commands/show.js';
import { today } from '../../src/commands/today.js';
import { touch } from '../../src/commands/touch.js';
import { BEGIN, END, type Crontab } from '../../src/cron/crontab.js';
import { fold } from '../../src/io/ics.js';
import { testEnv } from '../helpers/db.js';

const at = (now: string) => testEnv({ now });

describe('remind', () => {
  it('is empty when nothing is due', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'No Rhythm', date: '2020-01-01' }, deps);
    await add({ name: 'Fresh', date: '2026-11-20', every: '1m' }, deps);
    expect(await remind({}, deps)).toEqual({ due: [], birthdays: [], dates: [] });
  });

  it('lists the most overdue first, with the last thing done together and a give idea', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato', date: '2020-01-01', every: '30d' }, deps);
    await add({ name: 'Aiko Tanaka', date: '2020-01-01', every: '2w' }, deps);
    await take({ person: 'Ken', what: 'advice on rates', kind: 'advice', date: '2026-08-01' }, deps);
    await give({ person: 'Aiko', what: 'sent the article', date: '2026-11-01' }, deps);
    const r = await remind({}, deps);
    expect(r.due.map((d) => [d.name, d.daysOver])).toEqual([
      ['Ken Sato', 83],
      ['Aiko Tanaka', 7],
    ]);
    expect(r.due[0]!.last).toMatchObject({ what: 'advice on rates', date: '2026-08-01', type: 'take' });
    expect(r.due[0]!.idea).toEqual({ kind: 'thank', about: 'advice on rates' });
  });

  it('circles give a default rhythm; a person\u2019s own --every wins', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Inner', date: '2026-11-08', circle: 'inner' }, deps); // 2w → due today
    await add({ name: 'Wider', date: '2026-01-01', circle: 'wider' }, deps); // 1y → not yet
    await add({ name: 'Own', date: '2026-11-08', circle: 'inner', every: '1m' }, deps);
    expect((await remind({}, deps)).due.map((d) => [d.name, d.every])).toEqual([['Inner', '2w']]);
    expect((await show({ person: 'Own' }, deps)).every).toBe('1m');
  });

  it('any touch, give, take or shared event resets the clock', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato', date: '2020-01-01', every: '1m' }, deps);
    expect((await remind({}, deps)).due).toHaveLength(1);
    await touch({ person: 'Ken', date: '2026-11-01' }, deps);
    expect((await remind({}, deps)).due).toHaveLength(0);
  });

  it('counts monthly rhythms across month ends and leap days', async () => {
    for (const [met, now, due] of [
      ['2026-01-31', '2026-02-27', false],
      ['2026-01-31', '2026-02-28', true],
      ['2028-01-31', '2028-02-28', false],
      ['2028-01-31', '2028-02-29', true],
      ['2028-02-29', '2029-02-28', true], // yearly from a leap day
    ] as const) {
      const { deps } = at(now);
      await add({ name: 'P', date: met, every: met === '2028-02-29' ? '1y' : '1m' }, deps);
      expect((await remind({}, deps)).due.length, `${met} → ${now}`).toBe(due ? 1 : 0);
    }
  });

  it('shows birthdays in the coming days, with the age when the year is known', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Yuki', birthday: '1990-11-27' }, deps);
    await add({ name: 'Later', birthday: '--12-25' }, deps);
    const r = await remind({}, deps);
    expect(r.birthdays).toEqual([{ id: 1, name: 'Yuki', date: '2026-11-27', inDays: 5, turning: 36 }]);
    expect((await remind({ days: '40' }, deps)).birthdays.map((b) => b.name)).toEqual(['Yuki', 'Later']);
  });

  it('writes an iCalendar file with reconnect dates and yearly birthdays', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken, Sato', date: '2026-11-01', every: '1m', birthday: '--05-15' }, deps);
    const r = await remind({ ics: 'rel.ics' }, deps);
    const text = readFileSync(join(deps.cwd, 'rel.ics'), 'utf8');
    expect(r.ics?.events).toBe(2);
    expect(text).toContain('BEGIN:VCALENDAR\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20261201');
    expect(text).toContain('SUMMARY:Reconnect with Ken\\, Sato');
    expect(text).toContain('RRULE:FREQ=YEARLY');
    expect(
      fold('x'.repeat(200))
        .split('\r\n')
        .every((l) => Buffer.byteLength(l) <= 75),
    ).toBe(true);
  });
});

describe('snooze and spread', () => {
  it('snooze quiets someone until the date, then they are due again', async () => {
    const { deps } = at('2026-11-22');
    await add({ name: 'Ken Sato', date: '2020-01-01', every: '1m' }, deps);
    expect(await snooze({ person: 'Ken', until: 'in 2 weeks' }, deps)).toMatchObject({ until: '2026-12-06' });
    expect((await remind({}, deps)).due).toEqual([]);
    const later = { ...deps, today: '2026-12-06' };
    expect((await remind({}, later)).due.map((d) => d.name)).toEqual(['Ken Sato']);
    await snooze({ person: 'Ken', until: 'none' }, deps);
    expect((await remind({}, deps)).due).toHaveLength(1);
    await expect(snooze({ person: 'Ken', until: 'whenever' }, deps)).rejects.toMatchObject({
      key: 'invalidDate',
    });
  });

  it('spread staggers a crowd that fell due at once', async () => {
    const { deps } = at('2026-11-22');
    for (let i = 0; i < 10; i++) await add({ name: `P${i}`, date: '2020-01-01', every: '1m' }, deps);
    const preview = await spread({ over: '10' }, deps);
    expect(preview).toMatchObject({ applied: false, findings: [] });
    expect((await remind({}, deps)).due).toHaveLength(10); // a preview writes nothing
    const r = await spread({ over: '10', apply: true }, deps);
    expect(r.spread).toEqual(preview.spread);
    expect(r.spread.map((p) => p.until)).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect((await remind({}, deps)).due).toHaveLength(1);
    expect((await remind({}, { ...deps, today: '2026-11-26' })).due).toHaveLength(5);
  });
});

describe('today', () => {
  it('brings reminders, birthdays and the one most pressing finding', async () => {
    const { deps } = at('2026-11-22');
    await add(
      { name: 'Naoki', origin: 'school', date: '2010-01-01', every: '1m', birthday: '--11-23' },
      deps,
    );
    await take({ person: 'Naoki', what: 'insurance', kind: 'sale', date: '2026-11-01' }, deps);
    const r = await today({}, deps);
    expect(r.due).toHaveLength(0);
    expect(r.birthdays.map((b) => b.inDays)).toEqual([1]);
    expect(r.focus?.rule).toBe('slash-and-burn');
  });
});

describe('cron', () => {
  const fake = (initial: string) => {
    const state = { text: initial, writes: 0 };
    const tab: Crontab = { read: () => state.text, write: (t) => ((state.text = t), state.writes++) };
    return { state, tab };
  };
  const other = '# my jobs\nMAILTO=me@example.com\n15 3 * * 1 /usr/bin/backup --all\n';

  it('installs one marked block, keeps the rest byte for byte, and is idempotent', async () => {
    const { deps } = at('2026-11-22');
    const { state, tab } = fake(other);
    const r = await cron(
      { action: 'install', at: '08:30' },
      { ...deps, crontab: tab, node: '/usr/bin/node' },
    );
    expect(r.changed).toBe(true);
    expect(state.text.startsWith(other)).toBe(true);
    expect(state.text).toContain(`${BEGIN}\n30 8 * * * REL_DB='${deps.dbPath}' '/usr/bin/node' '`);
    expect(state.text).toContain(`bin/rel.js' remind\n${END}\n`);
    const again = await cron(
      { action: 'install', at: '08:30' },
      { ...deps, crontab: tab, node: '/usr/bin/node' },
    );
    expect(again.changed).toBe(false);
    expect(state.writes).toBe(1);
    await cron({ action: 'install', at: '07:00' }, { ...deps, crontab: tab, node: '/usr/bin/node' });
    expect(state.text.match(/rel: keep-in-touch/g)).toHaveLength(1);
    expect(state.text).toContain('0 7 * * *');
    const removed = await cron({ action: 'remove' }, { ...deps, crontab: tab });
    expect(removed.changed).toBe(true);
    expect(state.text).toBe(other);
    expect((await cron({ action: 'remove' }, { ...deps, crontab: tab })).changed).toBe(false);
  });

  it('works with no crontab yet, and shows the block', async () => {
    const { deps } = at('2026-11-22');
    const { state, tab } = fake('');
    await cron({ action: 'install' }, { ...deps, crontab: tab, node: '/usr/bin/node' });
    expect(state.text.startsWith(`${BEGIN}\n0 9 * * *`)).toBe(true);
    expect((await cron({ action: 'show' }, { ...deps, crontab: tab })).block).toContain('remind');
    await expect(cron({ action: 'install', at: '25:00' }, { ...deps, crontab: tab })).rejects.toMatchObject({
      key: 'invalidTime',
    });
  });
});
