/**
 * `rel onboard`: a short talk that sets the profile (goal, whom to know, what you can give, field,
 * habits), marks people a step ahead and people to meet, then gives the first moves. Every answer
 * is collected before anything is written, so Ctrl-C changes nothing; earlier answers are defaults.
 */
import { countCircle } from '../db/repos/people.js';
import { writeTx } from '../db/tx.js';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { allPeople, getPerson, insertPerson, newPerson, updatePerson } from '../db/repos/people.js';
import { getProfile, setProfile } from '../db/repos/profile.js';
import { cleanName } from '../domain/names.js';
import type { Lang, Profile } from '../domain/types.js';
import { FIELDS, type Field } from '../domain/vocab.js';
import { catalog } from '../i18n/index.js';
import { readAnswers, MOST_FROM, type Answers } from './support/answers.js';
import { setPromptLang } from '../prompts/index.js';
import type { Deps } from './support/deps.js';
import { findPerson } from './support/resolve.js';
import { review } from './review.js';

export interface OnboardResult {
  profile: Profile;
  added: string[];
  markedAhead: string[];
  moves: string[];
  /** Said before anything else when the work is selling: keep the people you know out of it. */
  caution: string | null;
  lang: Lang;
}

export async function onboard(opts: { answers?: string }, deps: Deps): Promise<OnboardResult> {
  const before = getProfile(deps.db);
  let answers: Answers;
  if (opts.answers !== undefined) answers = readAnswers(resolve(deps.cwd, opts.answers));
  else if (!deps.interactive) throw new UsageError('onboardNeedsTerminal', undefined);
  else answers = await ask(deps, before);
  return apply(answers, deps, before);
}

const splitNames = (s: string): string[] =>
  s
    .split(/[,、,]/)
    .map(cleanName)
    .filter((x) => x !== '');

/** Answers, plus the ids of people shown as a step ahead and unticked in the questionnaire. */
type Collected = Answers & { clearAhead?: number[] };

async function ask(deps: Deps, before: Profile): Promise<Collected> {
  const p = deps.prompt;
  const lang = await p.select<Lang>(
    catalog(deps.lang).onboard.langQ(),
    [
      { name: 'English', value: 'en' },
      { name: '日本語', value: 'ja' },
    ],
    before.lang ?? deps.lang,
  );
  const t = catalog(lang).onboard;
  setPromptLang(lang); // the key hints under the lists follow the language just chosen
  p.note(t.hello());
  const goal = (await p.input(t.goalQ(), before.goal)).trim();
  const lookingFor = (await p.input(t.lookingForQ(), before.lookingFor)).trim();
  const offered = [...t.canGiveBusiness(), ...t.canGiveEveryday()];
  const had = before.canGive ?? [];
  const picked = await p.checkbox(
    t.canGiveQ(),
    offered.map((g) => ({ name: g, value: g, checked: had.includes(g) })),
  );
  const more = splitNames(
    await p.input(t.canGiveMoreQ(), had.filter((g) => !offered.includes(g)).join(', ')),
  );
  const field = await p.select<Field>(
    t.fieldQ(),
    FIELDS.map((f) => ({ name: t.fields[f] ?? f, value: f })),
    before.field,
  );
  const mixerValues = [0, 1.5, 3];
  const mixers = await p.select<number>(
    t.mixersQ(),
    t.mixers().map((name, i) => ({ name, value: mixerValues[i]! })),
    before.habits?.mixersPerMonth,
  );
  const mostFrom = await p.select<string>(
    t.mostFromQ(),
    MOST_FROM.map((k) => ({ name: t.mostFrom[k] ?? k, value: k })),
    before.habits?.mostFrom,
  );
  const people = allPeople(deps.db).filter((x) => x.met !== null);
  const ahead: string[] = [];
  const clearAhead: number[] = [];
  if (people.length > 0) {
    const ranked = [...people]
      .sort((a, b) => Number(b.ahead) - Number(a.ahead) || a.name.localeCompare(b.name))
      .slice(0, 40);
    const ticked = await p.checkbox(
      t.aheadQ(),
      ranked.map((x) => ({ name: x.name, value: x.id, checked: x.ahead })),
    );
    ahead.push(...ticked.map((id) => `#${id}`));
    clearAhead.push(...ranked.filter((x) => x.ahead && !ticked.includes(x.id)).map((x) => x.id));
  }
  ahead.push(...splitNames(await p.input(t.aheadNewQ({ after: ahead.length > 0 }), '')));
  const targets = splitNames(await p.input(t.targetsQ(), ''));
  return {
    lang,
    ...(goal ? { goal } : {}),
    ...(lookingFor ? { lookingFor } : {}),
    canGive: [...picked, ...more],
    field,
    habits: { mixersPerMonth: mixers, mostFrom },
    ahead,
    targets,
    clearAhead,
  };
}

async function apply(a: Collected, deps: Deps, before: Profile): Promise<OnboardResult> {
  const { db, today } = deps;
  // Resolve every name first: an ambiguous one stops before anything is written.
  const resolveAll = (names: string[] = []) => names.map((n) => ({ n, found: findPerson(db, n) }));
  const ahead = resolveAll(a.ahead);
  const targets = resolveAll(a.targets);
  const stamp = deps.now.toISOString();
  const added: string[] = [];
  const markedAhead: string[] = [];
  writeTx(db, () => {
    setProfile(db, {
      ...(a.goal !== undefined ? { goal: a.goal } : {}),
      ...(a.lookingFor !== undefined ? { lookingFor: a.lookingFor } : {}),
      ...(a.canGive !== undefined ? { canGive: a.canGive } : {}),
      ...(a.field !== undefined ? { field: a.field } : {}),
      ...(a.lang !== undefined ? { lang: a.lang } : {}),
      ...(a.habits !== undefined ? { habits: { ...before.habits, ...a.habits } } : {}),
      onboardedOn: today,
    });
    const aheadIds = new Set<number>();
    for (const { n, found } of ahead) {
      if (found === 'none') {
        aheadIds.add(insertPerson(db, newPerson(cleanName(n), { met: today, ahead: true }), stamp));
        added.push(cleanName(n));
      } else {
        aheadIds.add(found.id);
        if (!found.ahead) updatePerson(db, { ...getPerson(db, found.id)!, ahead: true });
        markedAhead.push(found.name);
      }
    }
    // Someone shown as a step ahead and unticked in the questionnaire is one no longer.
    for (const id of a.clearAhead ?? []) {
      const p = getPerson(db, id);
      if (p && !aheadIds.has(id)) updatePerson(db, { ...p, ahead: false });
    }
    for (const { n, found } of targets) {
      if (found !== 'none') continue;
      insertPerson(db, newPerson(cleanName(n), { target: true }), stamp);
      added.push(cleanName(n));
    }
  });
  const lang = a.lang ?? deps.lang;
  const first = await review({}, { ...deps, lang, t: catalog(lang) });
  // Habits shape the first advice before there is any record to go on.
  const t = catalog(lang).onboard;
  const habits = { ...before.habits, ...a.habits };
  const fromHabits = [
    habits.mixersPerMonth ? t.habitMixers({ perMonth: habits.mixersPerMonth }) : null,
    habits.mostFrom === 'events'
      ? t.habitEvents()
      : habits.mostFrom === 'school-work'
        ? t.habitSchoolWork()
        : null,
  ].filter((m): m is string => m !== null);
  const moves = [...fromHabits, ...first.moves].slice(0, 3);
  const profile = getProfile(db);
  // In sales, the slash-and-burn caution comes before the first sale, not after it (A1).
  const circle = countCircle(db);
  const caution =
    profile.field === 'sales'
      ? t.salesCaution({ circle, schoolWork: habits.mostFrom === 'school-work' })
      : null;
  return { profile, added, markedAhead, moves, caution, lang };
}
