import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { demo, demoData, loadDemo } from '../../src/commands/demo.js';
import { list } from '../../src/commands/list.js';
import { touch } from '../../src/commands/touch.js';
import { onboard } from '../../src/commands/onboard.js';
import { review } from '../../src/commands/review.js';
import { show } from '../../src/commands/show.js';
import { target } from '../../src/commands/target.js';
import { getProfile } from '../../src/db/repos/profile.js';
import type { Prompter } from '../../src/prompts/index.js';
import { dump, noPrompts, testEnv } from '../helpers/db.js';

/** Answers given in order, by the kind of question; `undefined` keeps the default shown. */
function scripted(answers: unknown[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = <T>(message: string, def: T): T => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`no answer for: ${message}`);
    const a = answers.shift();
    return (a === undefined ? def : a) as T;
  };
  return {
    asked,
    confirm: async (m, d) => next(m, d ?? false),
    input: async (m, d) => next(m, d ?? ''),
    select: async (m, _c, d) => next(m, d as never),
    checkbox: async (m, choices) =>
      next(
        m,
        choices.filter((c) => c.checked).map((c) => c.value),
      ),
    note: () => undefined,
  };
}

describe('onboard --answers', () => {
  it('sets the profile, marks people ahead, adds targets, and gives first moves in the chosen language', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    const file = join(deps.cwd, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({
        goal: 'Become a freelance web engineer',
        lookingFor: 'Freelancers a few years ahead',
        canGive: ['code review'],
        field: 'it',
        lang: 'ja',
        ahead: ['Ken Sato', 'Rina Ito'],
        targets: ['Famous Author'],
      }),
    );
    const r = await onboard({ answers: 'answers.json' }, deps);
    expect(getProfile(db)).toMatchObject({
      goal: 'Become a freelance web engineer',
      field: 'it',
      lang: 'ja',
      onboardedOn: '2026-11-22',
    });
    expect(r.added).toEqual(['Rina Ito', 'Famous Author']);
    expect((await show({ person: 'Ken Sato' }, deps)).person.ahead).toBe(true);
    expect((await show({ person: 'Famous Author' }, deps)).person).toMatchObject({ target: true, met: null });
    // In Japanese, about the target to prepare for, a friend to thank, and the give listed.
    expect(r.moves).toHaveLength(3);
    expect(r.moves[0]).toMatch(/^Famous Authorさんに会う準備/);
    expect(r.moves[1]).toMatch(/^Rina Itoさんに/);
    expect(r.moves[2]).toMatch(/^「code review」を/);
    const after = (await review({}, deps)).findings.map((f) => f.rule);
    expect(after).not.toContain('no-goal');
    expect(after).not.toContain('step-ahead');
  });

  it.each([
    ['an unknown key', { gaol: 'typo' }, { code: 'unknownKeys', keys: ['gaol'] }],
    ['a wrong type', { canGive: 'code review' }, { code: 'notStrings', key: 'canGive' }],
    ['a bad field', { field: 'law' }, { code: 'notOneOf', key: 'field' }],
    ['a bad habit', { habits: { mixersPerMonth: -1 } }, { code: 'notNumber', key: 'habits.mixersPerMonth' }],
    ['not an object', [1, 2], { code: 'notObject' }],
  ])('refuses %s and changes nothing', async (_d, content, problem) => {
    const { deps, db } = testEnv();
    writeFileSync(join(deps.cwd, 'a.json'), JSON.stringify(content));
    const before = dump(db);
    await expect(onboard({ answers: 'a.json' }, deps)).rejects.toMatchObject({
      key: 'answersBad',
      exitCode: 2,
      data: { problem },
    });
    expect(dump(db)).toEqual(before);
  });

  it('a missing file is a clear error', async () => {
    const { deps } = testEnv();
    await expect(onboard({ answers: 'nope.json' }, deps)).rejects.toMatchObject({
      key: 'fileUnreadable',
      exitCode: 1,
    });
  });

  it('without a terminal or answers it refuses', async () => {
    const { deps } = testEnv();
    await expect(onboard({}, deps)).rejects.toMatchObject({ key: 'onboardNeedsTerminal', exitCode: 2 });
  });
});

describe('onboard, interactive', () => {
  it('asks in order, and a second run keeps earlier answers as defaults', async () => {
    const { deps, db } = testEnv();
    await add({ name: 'Ken Sato', date: '2020-01-01' }, deps);
    const first = scripted([
      'en',
      'Become a freelance web engineer',
      'Freelancers a few years ahead',
      ['feedback on their work', 'saying thank you'],
      'English translation',
      'web',
      3,
      'events',
      [1], // Ken Sato ticked as a step ahead
      'Rina Ito',
      'Famous Author',
    ]);
    await onboard({}, { ...deps, interactive: true, prompt: first });
    expect(first.asked).toHaveLength(11);
    const p1 = getProfile(db);
    expect(p1).toMatchObject({
      goal: 'Become a freelance web engineer',
      canGive: ['feedback on their work', 'saying thank you', 'English translation'],
      field: 'web',
      habits: { mixersPerMonth: 3, mostFrom: 'events' },
    });
    // Every answer left at its default, except that only Rina (#2) stays ticked as a step ahead.
    const second = scripted([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      [2],
      '',
      '',
    ]);
    await onboard({}, { ...deps, interactive: true, prompt: second });
    const p2 = getProfile(db);
    expect({ ...p2, onboardedOn: undefined }).toEqual({ ...p1, onboardedOn: undefined });
    expect((await show({ person: 'Ken Sato' }, deps)).person.ahead).toBe(false);
    expect((await show({ person: 'Rina Ito' }, deps)).person.ahead).toBe(true);
  });

  it('Ctrl-C in the middle leaves the profile unchanged', async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    const cancel: Prompter = {
      ...scripted(['en', 'A goal']),
      input: async (m) => {
        if (m.includes('know'))
          throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
        return 'A goal';
      },
    };
    await expect(onboard({}, { ...deps, interactive: true, prompt: cancel })).rejects.toMatchObject({
      name: 'ExitPromptError',
    });
    expect(dump(db)).toEqual(before);
  });
});

describe('targets', () => {
  it('adds a target with prep, ticks prep off, and ends when you meet', async () => {
    const { deps } = testEnv();
    const r = await target({ person: 'Famous Author', studied: 'read her book' }, deps);
    expect(r.targets[0]).toMatchObject({ name: 'Famous Author', added: true, missing: ['give', 'reason'] });
    const r2 = await target({ person: 'Famous', give: 'a translation', reason: 'learn from her' }, deps);
    expect(r2.targets[0]).toMatchObject({
      missing: [],
      prep: { studied: 'read her book', give: 'a translation' },
    });
    expect((await target({}, deps)).targets.map((t) => t.name)).toEqual(['Famous Author']);
    await touch({ person: 'Famous Author', note: 'met at her talk' }, deps);
    expect((await target({}, deps)).targets).toEqual([]);
    expect((await list({}, deps)).people[0]).toMatchObject({ target: false, met: '2026-11-22' });
  });
});

describe('demo', () => {
  it('runs in a temporary db and reviews a network that exercises most rules', async () => {
    const { deps, db } = testEnv();
    const before = dump(db);
    const r = await demo({}, { ...deps, prompt: noPrompts });
    expect(dump(db)).toEqual(before);
    expect(r.kept).toBeNull();
    expect(r.review.metrics.people).toBeGreaterThanOrEqual(25);
    const rules = new Set(r.review.findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThanOrEqual(12);
    for (const id of [
      'slash-and-burn',
      'mixer-for-networking',
      'info-taker',
      'keep-in-touch',
      'pinpoint-prep',
    ])
      expect(rules).toContain(id);
  });

  it('loads in Japanese with Japanese names', async () => {
    const { deps, db } = testEnv();
    loadDemo(db, demoData(), deps.today, 'ja', deps.now.toISOString());
    expect((await list({}, deps)).people.map((p) => p.name)).toContain('田中 愛子');
  });
});

describe('habits shape the first advice', () => {
  it('someone who goes to mixers monthly and met most people at events hears about both first', async () => {
    const { deps } = testEnv();
    writeFileSync(
      join(deps.cwd, 'h.json'),
      JSON.stringify({ goal: 'x', habits: { mixersPerMonth: 3, mostFrom: 'events' } }),
    );
    const r = await onboard({ answers: 'h.json' }, deps);
    expect(r.moves[0]).toContain('three or more mixers');
    expect(r.moves[1]).toContain('introduction');
  });
});
