/** Rule messages: events (English). Each names the events, people, money and counts behind it. */
import type { Fmt } from '../../fmt.js';

interface Mixers {
  count: number;
  since: string;
  cost: number;
  hours: number;
  met: number;
  followed: number;
  /** People met at these events today: too soon to have followed up. */
  metToday: number;
  latest: string;
  /** The latest multi-level marketing event among them, if any. */
  mlm: string | null;
}
interface PaidClub {
  count: number;
  since: string;
  cost: number;
  met: number;
  fruitful: number;
  club: string;
  /** People met there today: too soon to say what came of it. */
  metToday: number;
}
interface Wide {
  met: number;
  followed: number;
  days: number;
  picks: string[];
}
interface Rooms {
  lowYield: number;
  days: number;
  goal: string | null;
}

const costs = (p: { cost: number; hours: number }, f: Fmt): string =>
  [p.cost > 0 ? f.money(p.cost) : null, p.hours > 0 ? `${f.num(p.hours)} h` : null]
    .filter(Boolean)
    .join(' and ');

const people = (n: number) => (n === 1 ? 'one person' : `${n} people`);

const spent = (p: Mixers, f: Fmt) => {
  const n =
    p.count === 1
      ? `a mixer-type event (${p.latest})`
      : `${p.count} mixer-type events since ${f.day(p.since)}`;
  const cost = costs(p, f);
  const outcome =
    p.met === 0
      ? p.metToday > 0
        ? `and met ${p.metToday === 1 ? 'one person' : `${p.metToday} people`} there today: follow up only with someone you would genuinely like to see again.`
        : 'and met no one there you wanted to record.'
      : p.followed === 0
        ? p.met === 1
          ? 'and the one person you met there has not heard from you since.'
          : p.met === 2
            ? 'and neither of the two people you met there has heard from you since.'
            : `and none of the ${p.met} people you met there has heard from you since.`
        : p.met === 1
          ? 'and you followed up with the one person you met there.'
          : `and ${p.followed} of the ${p.met} people you met there heard from you again.`;
  return `You've been to ${n} to build your network${cost ? `, spending ${cost}` : ''}, ${outcome} Rooms full of people hoping to take rarely turn into ties. Skip the next one and spend that evening with one person you already know.`;
};

export const events = {
  'mixer-for-networking': {
    spent,
    spentMlm: (p: Mixers, f: Fmt) =>
      `${spent(p, f)} ${p.mlm} was a multi-level marketing event: people there want to sell to you and recruit you into selling to your friends, which burns the very ties you came for. Don't go back.`,
    move: (p: Mixers) => `Skip the next ${p.latest} and spend that evening with one person you already know.`,
  },
  'mixer-for-insight': {
    lookAround: (p: { event: string; met: number }) =>
      `${p.event} is fine as a look at how other fields work. ${p.met > 0 ? `${p.met === 1 ? 'The one person you met there is an acquaintance' : `The ${p.met} people you met there are acquaintances`}, not ties yet: follow up only with someone you would genuinely like to see again.` : 'Treat it as research, not as networking.'}`,
  },
  'paid-club': {
    paid: (p: PaidClub, f: Fmt) =>
      `You paid ${f.money(p.cost)} for ${p.count === 1 ? `${p.club}` : `${p.count} pay-to-join meetings since ${f.day(p.since)}`}. ${
        p.met === 0
          ? p.metToday > 0
            ? ''
            : 'You recorded no one you met there.'
          : p.fruitful === 0
            ? `${p.met === 1 ? 'The one person you met there has not' : p.met === 2 ? 'Neither of the two people you met there has' : `None of the ${p.met} people you met there has`} given or received anything with you since.`
            : p.fruitful === p.met
              ? `${p.met === 1 ? 'The one person you met there has' : p.met === 2 ? 'Both people you met there have' : `All ${p.met} people you met there have`} given or received something with you since.`
              : `${p.fruitful} of the ${p.met} people you met there ${p.fruitful === 1 ? 'has' : 'have'} given or received something with you since.`
      } Clubs that anyone can buy into often profit from the worry of not knowing enough people; the same money buys a study group in your field or lunch with someone you admire.`,
    move: (p: PaidClub, f: Fmt) =>
      `Put the next ${p.club} fee (${f.money(p.cost / p.count)}) toward lunch with someone you admire.`,
  },
  'wide-not-deep': {
    wide: (p: Wide, f: Fmt) =>
      `In the last ${p.days} days you met ${people(p.met)} at mixer-type events and followed up with ${p.followed === 0 ? (p.met === 1 ? 'no one' : 'none of them') : `only ${p.followed}`}. Go narrow and deep: a short note to ${f.list(p.picks)} this week is worth more than the next ten business cards.`,
    wideNoPicks: (p: Wide) =>
      `In the last ${p.days} days you met ${people(p.met)} at mixer-type events and followed up with ${p.followed === 0 ? (p.met === 1 ? 'no one' : 'none of them') : `only ${p.followed}`}. Meet fewer people and see the good ones again.`,
    goodRooms: (p: Wide, f: Fmt) =>
      `You met ${p.met === 1 ? 'one person' : `${p.met} people`} at study groups and similar rooms in the last ${p.days} days: a good way to start. Now pick one or two to see again, say ${f.list(p.picks)}.`,
    goodRoomsNoPicks: (p: Wide) =>
      `You met ${p.met === 1 ? 'one person' : `${p.met} people`} at study groups and similar rooms in the last ${p.days} days: a good way to start. Now pick one or two of them to see again.`,
    move: (p: Wide, f: Fmt) => `Send a short follow-up to ${f.list(p.picks.slice(0, 2))}.`,
  },
  'try-better-rooms': {
    rooms: (p: Rooms) =>
      `In the last ${p.days} days you went to ${p.lowYield === 1 ? 'a mixer-type event' : `${p.lowYield} mixer-type events`} to build your network, and to no room where people share a purpose. Try rooms where people share a purpose: a study group or seminar${p.goal ? ` on the way to "${p.goal}"` : ' in your field'}, a hobby circle, an in-house club or an alumni meeting, or simply one-to-one time with someone you like.`,
    move: () => 'Find one study group or hobby circle to join this month.',
  },
  'hobby-as-networking': {
    forItself: (p: { count: number; event: string }) =>
      `You went to ${p.count === 1 ? p.event : `${p.count} hobby events (latest: ${p.event})`} to build your network. Enjoy the hobby for its own sake: the people you get on with there become friends along the way, and that is when they become ties.`,
  },
};
