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
  more: number;
}
interface Owe {
  people: { name: string; gives: number; takes: number }[];
  more: number;
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
  ideas: { name: string; idea: LedgerKind; about: string | null }[];
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
  n === 0 ? 'the day you met' : n === 1 ? '1 day after you met' : `${n} days after you met`;

const IDEA: Record<string, (name: string, about: string | null) => string> = {
  thanks: (n, about) => (about ? `thank ${n} again for ${about}` : `tell ${n} what you are grateful for`),
  praise: (n) => `tell ${n} one specific thing they did well`,
  listen: (n) => `ask ${n} how things are going and just listen`,
  gift: (n) => `bring ${n} a small souvenir`,
  feedback: (n) => `read or try something ${n} made and send honest feedback`,
  promotion: (n) => `share ${n}'s work with someone who needs it`,
  attend: (n) => `show up at ${n}'s next event`,
};
const idea = (i: SmallGives['ideas'][number]) => (IDEA[i.idea] ?? IDEA.thanks!)(i.name, i.about);

export const giving = {
  'give-first': {
    nothingYet: (p: Early, f: Fmt) =>
      `You asked ${p.name} for ${ask(p.kind)} (${p.what}, ${f.day(p.date)}) and have given them nothing yet. Asks land when something has gone the other way first: find a small give before the next request.`,
    takeBeforeGive: (p: Early, f: Fmt) =>
      `You asked ${p.name} for ${ask(p.kind)} (${p.what}, ${f.day(p.date)}) before you had given anything. You have given since, which helps; next time, give first.`,
    move: (p: Early) => `Give ${p.name} something small before asking again.`,
  },
  'give-take-ratio': {
    low: (p: Ratio) =>
      `Over the last year you gave ${p.gives} times and received ${p.takes} (${p.ratio} : 1). Aim for about ${p.aim} gives for every take: ${p.more} more small gives would get you there.`,
    short: (p: Ratio) =>
      `Over the last year you gave ${p.gives} times and received ${p.takes} (${p.ratio} : 1): a good habit, not yet the ${p.aim} : 1 that makes people glad to help. ${p.more} more small gives would close the gap.`,
    wellDone: (p: Ratio) =>
      `You gave ${p.gives} times for ${p.takes} ${p.takes === 1 ? 'take' : 'takes'} this year (${p.ratio} : 1). That is the giving habit ties are built on: keep it up.`,
    move: (p: Ratio) => `Make ${Math.min(p.more, 3)} small gives this week.`,
  },
  'taking-more-than-giving': {
    owe: (p: Owe, f: Fmt) =>
      `You have received more than you gave from ${f.list(p.people.map((x) => `${x.name} (gave ${x.gives}, received ${x.takes})`))}${p.more > 0 ? ` and ${p.more} more` : ''}. Even the balance before you ask again.`,
    move: (p: Owe) => `Give ${p.people[0]!.name} something before the next ask.`,
  },
  'info-taker': {
    asks: (p: Asks, f: Fmt) =>
      `You asked ${p.name} for something ${p.count} times since ${f.day(p.since)} (${p.kinds.map(ask).join(', ')}) and gave nothing in between. People notice when a tie only flows one way: give before the next ask.`,
    move: (p: Asks) => `Give ${p.name} something before asking again.`,
  },
  'slash-and-burn': {
    soldToClose: (p: Sale, f: Fmt) =>
      `You sold to ${p.name} on ${f.day(p.date)} (${p.what}). ${p.name} is ${p.origin === 'school' ? 'a school friend' : 'a colleague'}: ties like that take years to grow and one sales pitch can burn them. Stop selling to your network.`,
    sold: (p: Sale, f: Fmt) =>
      `You sold to or recruited ${p.name} on ${f.day(p.date)} (${p.what}). Turning contacts into customers uses up trust you cannot easily win back. Keep selling out of your relationships.`,
    move: (p: Sale) => `Make amends with ${p.name}: no pitch, just a give.`,
  },
  'too-soon-to-ask': {
    early: (p: TooSoon) =>
      `You asked ${p.name} for ${ask(p.kind)} (${p.what}) ${days(p.days)}, with ${p.gives === 0 ? 'no gives' : `only ${p.gives} ${p.gives === 1 ? 'give' : 'gives'}`} to them yet. Closeness takes time: give a few times and let trust grow before asking for more.`,
    move: (p: TooSoon) => `Give ${p.name} a few times before the next ask.`,
  },
  'small-gives': {
    none: (p: SmallGives, f: Fmt) =>
      `No gives in the last ${p.days} days. Small ones count: ${f.list(p.ideas.map(idea))}.`,
    move: (p: SmallGives) => `${idea(p.ideas[0]!).replace(/^./, (c) => c.toUpperCase())}.`,
  },
  'one-sided': {
    oneWay: (p: { name: string; gives: number; since: string }, f: Fmt) =>
      `You have given ${p.name} ${p.gives} times since ${f.day(p.since)} and nothing has come back, not even a call. Keep giving if you enjoy it, but don't count on them.`,
  },
  'dont-force': {
    forcing: (p: { name: string; gives: number; days: number }) =>
      `You gave ${p.name} ${p.gives} times in ${p.days} days, though you marked them as not someone you'd spend private time with. Ties you have to force rarely deepen: put that energy into people you enjoy.`,
  },
};
