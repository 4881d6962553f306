/** Rule messages: depth, reminders and introductions (English). */
import type { Fmt } from '../../fmt.js';

interface Deep {
  deep: number;
  aim: number;
  picks: string[];
  /** What the first pick is working on or needs, if noted. */
  need: string | null;
}
interface Due {
  people: { name: string; over: number; last: string | null }[];
  more: number;
}
interface Circle {
  mixers: number;
  quiet: number;
  picks: string[];
  days: number;
}
interface Intros {
  total: number;
  byIntro: number;
  atEvents: number;
  ask: string | null;
  lookingFor: string | null;
}
interface Thank {
  introducer: string;
  person: string;
  date: string;
}
interface Birthday {
  name: string;
  date: string;
  inDays: number;
}

const over = (n: number) => (n === 0 ? 'due today' : `${n} ${n === 1 ? 'day' : 'days'} over`);

export const depth = {
  'go-deep': {
    noneYet: (p: Deep, f: Fmt) =>
      `You have no deep ties yet (several gives, something back, and in touch this half-year). Pick ${p.picks.length === 1 ? 'one person' : 'a few people'} and go one-to-one: ${f.list(p.picks)}.`,
    few: (p: Deep, f: Fmt) =>
      `You have ${p.deep === 1 ? 'one deep tie' : `${p.deep} deep ties`}; about ${p.aim} is a strong core. Deepen next, one-to-one: ${f.list(p.picks)}.`,
    move: (p: Deep) =>
      p.need
        ? `Offer ${p.picks[0]} a hand with ${p.need}, one-to-one.`
        : `Suggest a one-to-one coffee with ${p.picks[0]}.`,
  },
  'keep-in-touch': {
    due: (p: Due, f: Fmt) =>
      `Time to reconnect with ${f.list(p.people.map((x) => `${x.name} (${over(x.over)}${x.last ? `, last ${f.day(x.last)}` : ''})`))}${p.more > 0 ? ` and ${p.more} more` : ''}. A short message is enough.`,
    move: (p: Due, f: Fmt) =>
      `Reconnect with ${p.people[0]!.name}${p.people[0]!.last ? ` (last: ${f.day(p.people[0]!.last)})` : ''}.`,
  },
  'cherish-your-circle': {
    circle: (p: Circle, f: Fmt) =>
      `${p.quiet === 1 ? `${p.picks[0]}, from school or work, has` : `${p.quiet} people from school or work have`} not heard from you in ${p.days} days${p.quiet === 1 ? '' : `, among them ${f.list(p.picks)}`}. The people already around you are the surest ties: look after them first.`,
    circleMixers: (p: Circle, f: Fmt) =>
      `${p.quiet === 1 ? `${p.picks[0]}, from school or work, has` : `${p.quiet} people from school or work have`} not heard from you in ${p.days} days${p.quiet === 1 ? '' : `, among them ${f.list(p.picks)}`}. The people already around you are the surest ties: look after them first. Next time, give one of them the evening you would have spent at a mixer.`,
    move: (p: Circle) => `Get back in touch with ${p.picks[0]}.`,
  },
  'ask-for-intros': {
    intros: (p: Intros) =>
      `${
        p.byIntro === 0
          ? p.total === 1
            ? 'The one person you met this year did not come through someone you trust'
            : p.total === 2
              ? 'Neither of the two people you met this year came through someone you trust'
              : `None of the ${p.total} people you met this year came through someone you trust`
          : `Only ${p.byIntro} of the ${p.total} people you met this year came through someone you trust`
      }${p.atEvents > 0 ? `, and ${p.atEvents === 1 ? 'one came from an event' : `${p.atEvents} came from events`}` : ''}. Introductions carry trust that a business card cannot: ${p.ask ? `ask ${p.ask}` : 'ask someone close to you'} whether they know ${p.lookingFor ? `anyone who fits "${p.lookingFor}"` : 'someone you should meet'}.`,
    move: (p: Intros) => `Ask ${p.ask ?? 'a close friend'} for one introduction.`,
  },
  'thank-the-introducer': {
    thank: (p: Thank, f: Fmt) =>
      `${p.introducer} introduced you to ${p.person} on ${f.day(p.date)}, and you haven't given ${p.introducer} anything since. Say thank you, and tell ${p.introducer} how it went.`,
    move: (p: Thank) => `Thank ${p.introducer} for introducing ${p.person}.`,
  },
  'birthday-soon': {
    soon: (p: Birthday, f: Fmt) =>
      `${p.name}'s birthday is ${p.inDays === 0 ? 'today' : p.inDays === 1 ? 'tomorrow' : `on ${f.day(p.date)}`}: a short message is an easy give.`,
    move: (p: Birthday) => `Wish ${p.name} a happy birthday.`,
  },
};
