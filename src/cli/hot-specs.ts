/**
 * What the commands typed many times a day run and print: one spec each, used by commander's wiring
 * (program.ts) and by the start-up path that skips commander (lean.ts), so the two cannot drift.
 */
import type { RemindResult } from '../commands/remind.js';
import type { ReviewResult } from '../commands/review.js';
import type { Deps } from '../commands/support/deps.js';
import type { Spec } from './run.js';
import { tuneV8ForReview } from './review-v8.js';

type Opts = Record<string, unknown>;

export function ledgerSpec(direction: 'give' | 'take', person: string, what: string, o: Opts): Spec<never> {
  return {
    mode: 'write',
    exec: async (d) =>
      (await import('../commands/ledger.js'))[direction]({ ...o, person, what }, d) as Promise<never>,
    text: async (r, x) => (await import('../output/records.js')).ledgerText(r, x),
  };
}

export function touchSpec(person: string, note: string | undefined, o: Opts): Spec<never> {
  return {
    mode: 'write',
    exec: async (d) =>
      (await import('../commands/touch.js')).touch({ ...o, person, note }, d) as Promise<never>,
    text: async (r, x) => (await import('../output/records.js')).touchText(r, x),
  };
}

export function showSpec(person: string): Spec<never> {
  return {
    mode: 'read',
    page: true,
    exec: async (d) => (await import('../commands/show.js')).show({ person }, d) as Promise<never>,
    text: async (r, x) => (await import('../output/people.js')).showText(r, x),
  };
}

export function listSpec(o: Opts): Spec<never> {
  return {
    mode: 'read',
    page: true,
    exec: async (d) => (await import('../commands/list.js')).list(o, d) as Promise<never>,
    text: async (r, x) => (await import('../output/people.js')).listText(r, x),
  };
}

export function searchSpec(words: string[]): Spec<never> {
  return {
    mode: 'read',
    exec: async (d) => (await import('../commands/search.js')).search({ words }, d) as Promise<never>,
    text: async (r, x) => (await import('../output/search.js')).searchText(r, x),
  };
}

/** The text shows a few reminders and how many more (domain/remind-brief.ts); --all and JSON every one. */
const brief = (o: Opts) => o.all !== true && o.json !== true;

/** `notify` (remind --notify, commander's path only) sends the reminders to the desktop. */
export function remindSpec(o: Opts, notify?: (r: RemindResult, d: Deps) => Promise<boolean>): Spec<never> {
  return {
    mode: 'read',
    exec: async (d) => {
      const r = await (await import('../commands/remind.js')).remind({ ...o, brief: brief(o) }, d);
      return (notify ? { ...r, notified: await notify(r, d) } : r) as never;
    },
    text: async (r, x) => (await import('../output/remind.js')).remindText(r, x),
  };
}

export function todaySpec(o: Opts): Spec<never> {
  return {
    mode: 'read',
    exec: async (d) => {
      // Its focus runs the coach over the whole network, as review does.
      await tuneV8ForReview(d.db);
      return (await import('../commands/today.js')).today({ ...o, brief: brief(o) }, d) as Promise<never>;
    },
    text: async (r, x) => (await import('../output/remind.js')).todayText(r, x),
  };
}

/** A review as JSON has it (CLI.md): the default text view's merged list and counts stay out. */
export function reviewJson(
  r: ReviewResult,
): Omit<ReviewResult, 'shown' | 'hidden' | 'hiddenCritical' | 'concerns'> {
  const { shown: _s, hidden: _h, hiddenCritical: _c, concerns: _k, ...rest } = r;
  return rest;
}

/** `--all`: every finding, not only the default view's; JSON keeps the contract's shape. */
export function reviewSpec(o: Opts): Spec<never> {
  return {
    mode: 'read',
    page: true,
    exec: async (d) => {
      await tuneV8ForReview(d.db);
      return (await import('../commands/review.js')).review({}, d) as Promise<never>;
    },
    text: async (r, x) => (await import('../output/review.js')).reviewText(r, x, { all: o.all === true }),
    json: (r) => `${JSON.stringify(reviewJson(r as ReviewResult), null, 2)}\n`,
  };
}
