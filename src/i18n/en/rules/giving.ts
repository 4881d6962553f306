/** Rule messages: giving and taking (English). */
import type { LedgerKind } from '../../../domain/vocab.js';
import type { Fmt } from '../../fmt.js';

interface Early {
  name: string;
  what: string;
  kind: string;
  date: string;
  count: number;
  givenSince: number;
}
interface Ratio {
  gives: number;
  takes: number;
  ratio: number;
  aim: number;
  /** The person you received from last (not a sale), to aim a give that would please them. */
  name: string | null;
  what: string | null;
}
interface Owe {
  name: string;
  gives: number;
  asks: number;
}
interface Offered {
  name: string;
  what: string;
  date: string;
}
interface Asks {
  name: string;
  count: number;
  since: string;
  kinds: string[];
  latest: string;
}
interface Sale {
  name: string;
  what: string;
  date: string;
  origin: string;
}
interface TooSoon {
  name: string;
  kind: string;
  what: string;
  days: number;
  gives: number;
}
interface SmallGives {
  days: number;
  /** `about`: what they gave you last (never a sale); `again`: you have thanked them for it before. */
  ideas: { name: string; idea: LedgerKind | 'need'; about: string | null; again: boolean }[];
}

const ASK_WORDS: Record<string, string> = {
  advice: 'advice',
  referral: 'a referral',
  intro: 'an introduction',
  info: 'information',
  help: 'help',
};
const ask = (kind: string) => ASK_WORDS[kind] ?? 'something';
const days = (n: number) =>
  n === 0 ? 'the day you met' : n === 1 ? 'the day after you met' : `${n} days after you met`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const IDEA: Record<string, (name: string, about: string | null, again: boolean) => string> = {
  thanks: (n, about, again) =>
    about ? `thank ${n}${again ? ' again' : ''} for ${about}` : `tell ${n} what you are grateful for`,
  need: (n, about) => `offer ${n} a hand with ${about}, or tell people who would care about it`,
  praise: (n) => `tell ${n} one specific thing they did well`,
  listen: (n) => `ask ${n} how things are going and just listen`,
  gift: (n) => `bring ${n} a small souvenir`,
  feedback: (n) => `read or try something ${n} made and send honest feedback`,
  promotion: (n) => `share ${n}'s work with someone who needs it`,
  attend: (n) => `show up at ${n}'s next event`,
};
const idea = (i: SmallGives['ideas'][number]) => (IDEA[i.idea] ?? IDEA.thanks!)(i.name, i.about, i.again);

export const giving = {
  'give-first': {
    nothingYet: (p: Early, f: Fmt) =>
      `You asked ${p.name} for ${ask(p.kind)} (${p.what}, ${f.day(p.date)}) and have given them nothing yet. A request lands better once you've given something: find a small give before the next one.`,
    takeBeforeGive: (p: Early, f: Fmt) =>
      `You asked ${p.name} for ${ask(p.kind)} (${p.what}, ${f.day(p.date)}) before you had given anything. You have given since, which helps; next time, give first.`,
    move: (p: Early) => `Give ${p.name} something small before asking again.`,
  },
  'give-take-ratio': {
    low: (p: Ratio) =>
      `Over the last year you ${p.gives === 0 ? 'gave nothing' : `gave ${times(p.gives)}`} and received ${times(p.takes)} (${p.ratio} : 1), against an aim of about ${p.aim} : 1. The aim is an attitude, not a quota: ${p.name ? `what would ${p.name} actually be glad of?` : 'give what the other person would actually be glad of.'}`,
    short: (p: Ratio) =>
      `Over the last year you gave ${times(p.gives)} and received ${times(p.takes)} (${p.ratio} : 1): a good habit, on the way to about ${p.aim} : 1. Count quality, not gives: ${p.name ? `one thing ${p.name} would really be glad of` : 'one give the other person would really be glad of'} beats several token ones.`,
    wellDone: (p: Ratio) =>
      `You gave ${times(p.gives)} for ${p.takes === 1 ? 'one take' : `${p.takes} takes`} this year (${p.ratio} : 1). That is the giving habit ties are built on: keep it up.`,
    move: (p: Ratio) => `Find something ${p.name ?? 'a friend'} would really be glad of, and give it.`,
  },
  'taking-more-than-giving': {
    owe: (p: Owe) =>
      `You have asked ${p.name} for something ${times(p.asks)} and given ${p.gives === 0 ? 'nothing' : times(p.gives)} in return. Even things out before the next request, with something ${p.name} would be glad of.`,
    offered: (p: Offered, f: Fmt) =>
      `${p.name} offered you ${p.what} on ${f.day(p.date)} without being asked: people coming to you is the tie worth having. Thank them, and look for a give back.`,
    move: (p: Owe) => `Give ${p.name} something before the next request.`,
    thankMove: (p: Offered) => `Thank ${p.name} for ${p.what} and look for a give back.`,
  },
  'info-taker': {
    asks: (p: Asks, f: Fmt) =>
      `You asked ${p.name} for something ${times(p.count)} since ${f.day(p.since)} (${[...new Set(p.kinds.map(ask))].join(', ')}) and gave nothing in between. People notice when a tie only flows one way: give before the next ask.`,
    move: (p: Asks) => `Give ${p.name} something before asking again.`,
  },
  'slash-and-burn': {
    soldToClose: (p: Sale, f: Fmt) =>
      `You sold to ${p.name} on ${f.day(p.date)} (${p.what}). ${p.name} is ${p.origin === 'school' ? 'a school friend' : 'a colleague'}: ties like that take years to grow and one sales pitch can burn them. Stop selling to your network.`,
    sold: (p: Sale, f: Fmt) =>
      `You sold to or recruited ${p.name} on ${f.day(p.date)} (${p.what}). Turning contacts into customers uses up trust you cannot easily win back. Keep sales out of your relationships.`,
    move: (p: Sale) => `Make amends with ${p.name}: no pitch, just a give.`,
  },
  'too-soon-to-ask': {
    early: (p: TooSoon) =>
      `You asked ${p.name} for ${ask(p.kind)} (${p.what}) ${days(p.days)}, with ${p.gives === 0 ? 'no gives' : `only ${p.gives === 1 ? 'one give' : `${p.gives} gives`}`} to them yet. Closeness takes time: give a few times and let trust grow before asking for more.`,
    move: (p: TooSoon) => `Give ${p.name} a few times before the next ask.`,
  },
  'small-gives': {
    none: (p: SmallGives, f: Fmt) =>
      `No gives in the last ${p.days} days. Small ones count: ${f.list(p.ideas.map(idea))}.`,
    move: (p: SmallGives) => `${idea(p.ideas[0]!).replace(/^./, (c) => c.toUpperCase())}.`,
  },
  'one-sided': {
    oneWay: (p: { name: string; gives: number; since: string }, f: Fmt) =>
      `You have given ${p.name} something ${times(p.gives)} since ${f.day(p.since)} and nothing has come back, not even a call. Keep giving if you enjoy it, but don't count on them.`,
  },
  'dont-force': {
    forcing: (p: { name: string; gives: number; days: number }) =>
      `You gave ${p.name} something ${times(p.gives)} in ${p.days} days, though you marked them as not someone you'd spend private time with. Ties you have to force rarely deepen: put that energy into people you enjoy.`,
  },
};
