/** Rule messages: events (English). Each names the events, people, money and counts behind it. */
import type { Fmt } from '../../fmt.js';

interface Mixers {
  count: number;
  since: string;
  cost: number;
  hours: number;
  met: number;
  followed: number;
  latest: string;
}
interface PaidClub {
  count: number;
  since: string;
  cost: number;
  met: number;
  fruitful: number;
  club: string;
}
interface Wide {
  met: number;
  followed: number;
  days: number;
  picks: string[];
}
interface Rooms {
  lowYield: number;
  goal: string | null;
}

const costs = (p: { cost: number; hours: number }, f: Fmt): string =>
  [p.cost > 0 ? f.money(p.cost) : null, p.hours > 0 ? `${f.num(p.hours)} h` : null]
    .filter(Boolean)
    .join(' and ');

export const events = {
  'mixer-for-networking': {
    spent: (p: Mixers, f: Fmt) => {
      const n =
        p.count === 1
          ? `1 mixer-type event (${p.latest})`
          : `${p.count} mixer-type events since ${f.day(p.since)}`;
      const spent = costs(p, f);
      const outcome =
        p.met === 0
          ? 'and you met no one there you wanted to record.'
          : p.followed === 0
            ? `and none of the ${p.met} people you met there has heard from you since.`
            : `and ${p.followed} of the ${p.met} people you met there heard from you again.`;
      return `You went to ${n} to build your network${spent ? `, spending ${spent}` : ''}, ${outcome} Rooms full of people hoping to take rarely turn into ties. Skip the next one and spend that evening with one person you already know.`;
    },
    move: (_p: Mixers) => 'Skip the next mixer and spend that evening with one person you already know.',
  },
  'mixer-for-insight': {
    lookAround: (p: { event: string; met: number }) =>
      `${p.event} is fine as a look at how other fields work. ${p.met > 0 ? `The ${p.met} ${p.met === 1 ? 'person' : 'people'} you met there are acquaintances, not ties yet: follow up only with someone you would genuinely like to see again.` : 'Treat it as research, not as networking.'}`,
  },
  'paid-club': {
    paid: (p: PaidClub, f: Fmt) =>
      `You paid ${f.money(p.cost)} for ${p.count === 1 ? `${p.club}` : `${p.count} pay-to-join meetings since ${f.day(p.since)}`}. ${
        p.met === 0
          ? 'You recorded no one you met there.'
          : p.fruitful === 0
            ? `None of the ${p.met} people you met there has given or received anything with you since.`
            : `${p.fruitful} of the ${p.met} people you met there ${p.fruitful === 1 ? 'has' : 'have'} given or received anything with you since.`
      } Clubs that anyone can buy into often profit from the worry of not knowing enough people; the same money buys a study group in your field or lunch with someone you admire.`,
    move: (p: PaidClub, f: Fmt) =>
      `Put the next ${p.club} fee (${f.money(p.cost / p.count)}) toward lunch with someone you admire.`,
  },
  'wide-not-deep': {
    wide: (p: Wide, f: Fmt) =>
      `In the last ${p.days} days you met ${p.met} people at events and followed up with ${p.followed === 0 ? 'none' : `only ${p.followed}`}. Go narrow and deep: a short note to ${f.list(p.picks)} this week is worth more than the next ten business cards.`,
    wideNoPicks: (p: Wide) =>
      `In the last ${p.days} days you met ${p.met} people at events and followed up with ${p.followed === 0 ? 'none' : `only ${p.followed}`}. Meet fewer people and see the good ones again.`,
    move: (p: Wide, f: Fmt) => `Send a short follow-up to ${f.list(p.picks.slice(0, 2))}.`,
  },
  'try-better-rooms': {
    rooms: (p: Rooms) =>
      `Your recent events were all the low-yield kind (${p.lowYield}). Try rooms where people share a purpose: a study group${p.goal ? ` on the way to "${p.goal}"` : ' in your field'}, a hobby circle, an in-house club or an alumni meeting, or simply one-to-one time with someone you like.`,
    move: () => 'Find one study group or hobby circle to join this month.',
  },
};
