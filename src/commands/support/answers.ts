/** The answers file of `rel onboard --answers`: read, checked key by key, never half-applied. */
import { UsageError } from '../../errors.js';
import type { AnswersProblem } from '../../i18n/en/problems.js';
import { readText } from './parse.js';
import type { Habits, Profile } from '../../domain/types.js';
import { FIELDS, type Field } from '../../domain/vocab.js';

/** The profile's answers (all but when onboarding happened), and the people named in them. */
export interface Answers extends Omit<Profile, 'onboardedOn'> {
  /** People a step ahead: known names are marked, new ones added. */
  ahead?: string[];
  /** People you want to meet. */
  targets?: string[];
}

export const MOST_FROM = ['school-work', 'events', 'intros', 'online'] as const;
const KEYS = ['goal', 'lookingFor', 'canGive', 'field', 'lang', 'habits', 'ahead', 'targets'];

export function readAnswers(path: string): Answers {
  const text = readText(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError('answersBad', { path, problem: { code: 'notJson', detail: (e as Error).message } });
  }
  return checkAnswers(raw, path);
}

export function checkAnswers(raw: unknown, path: string): Answers {
  const bad = (problem: AnswersProblem) => new UsageError('answersBad', { path, problem });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad({ code: 'notObject' });
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !KEYS.includes(k));
  if (unknown.length) throw bad({ code: 'unknownKeys', keys: unknown, valid: KEYS });
  const str = (k: string) => {
    if (o[k] === undefined) return undefined;
    if (typeof o[k] !== 'string') throw bad({ code: 'notString', key: k });
    return (o[k] as string).trim();
  };
  const strs = (k: string) => {
    if (o[k] === undefined) return undefined;
    if (!Array.isArray(o[k]) || !(o[k] as unknown[]).every((x) => typeof x === 'string'))
      throw bad({ code: 'notStrings', key: k });
    return (o[k] as string[]).map((x) => x.trim()).filter((x) => x !== '');
  };
  const out: Answers = {};
  const goal = str('goal');
  if (goal !== undefined) out.goal = goal;
  const lookingFor = str('lookingFor');
  if (lookingFor !== undefined) out.lookingFor = lookingFor;
  const canGive = strs('canGive');
  if (canGive) out.canGive = canGive;
  const field = str('field');
  if (field !== undefined) {
    if (!(FIELDS as readonly string[]).includes(field))
      throw bad({ code: 'notOneOf', key: 'field', valid: FIELDS });
    out.field = field as Field;
  }
  const lang = str('lang');
  if (lang !== undefined) {
    if (lang !== 'en' && lang !== 'ja') throw bad({ code: 'notOneOf', key: 'lang', valid: ['en', 'ja'] });
    out.lang = lang;
  }
  if (o.habits !== undefined) {
    const h = o.habits as Record<string, unknown>;
    if (typeof h !== 'object' || h === null || Array.isArray(h))
      throw bad({ code: 'notGroup', key: 'habits' });
    const extra = Object.keys(h).filter((k) => k !== 'mixersPerMonth' && k !== 'mostFrom');
    if (extra.length)
      throw bad({ code: 'unknownKeys', keys: [`habits.${extra[0]}`], valid: ['mixersPerMonth', 'mostFrom'] });
    const habits: Habits = {};
    if (h.mixersPerMonth !== undefined) {
      if (typeof h.mixersPerMonth !== 'number' || !(h.mixersPerMonth >= 0))
        throw bad({ code: 'notNumber', key: 'habits.mixersPerMonth' });
      habits.mixersPerMonth = h.mixersPerMonth;
    }
    if (h.mostFrom !== undefined) {
      if (!(MOST_FROM as readonly unknown[]).includes(h.mostFrom))
        throw bad({ code: 'notOneOf', key: 'habits.mostFrom', valid: MOST_FROM });
      habits.mostFrom = h.mostFrom as string;
    }
    out.habits = habits;
  }
  const ahead = strs('ahead');
  if (ahead) out.ahead = ahead;
  const targets = strs('targets');
  if (targets) out.targets = targets;
  return out;
}
