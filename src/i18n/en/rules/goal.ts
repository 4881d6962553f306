/** Rule messages: goal and self (English). */
import type { Fmt } from '../../fmt.js';

interface Goal {
  goal: string;
  lookingFor: string | null;
}
interface Prep {
  name: string;
  missing: ('studied' | 'give' | 'reason')[];
}
interface Invest {
  canGive: string[];
  days: number;
}

const MISSING: Record<Prep['missing'][number], string> = {
  studied: 'study their work (read the book, try the product or service)',
  give: 'prepare a give',
  reason: 'write one line on why you want to meet',
};

const FIELD: Record<string, string> = {
  it: 'IT',
  web: 'web',
  design: 'design',
  writing: 'writing',
  marketing: 'marketing',
};

export const goal = {
  'no-goal': {
    noGoal: (p: { hasLookingFor: boolean }) =>
      `You haven't said who you want to become${p.hasLookingFor ? '' : ' or whom you want to know'}. Without a direction you meet many people and few of the right ones. Take two minutes: rel onboard.`,
    move: () => 'Run rel onboard and write down who you want to become.',
  },
  'step-ahead': {
    noneAhead: (p: Goal) =>
      `Your goal is "${p.goal}", but no one in your network is marked as a step ahead on that path. The fastest way forward is getting to know ${p.lookingFor ? `"${p.lookingFor}"` : 'people a little further along'}: mark the ones you know with rel edit <name> --ahead, or add someone to meet with --target.`,
    move: () => 'Name one person a step ahead of you (rel edit <name> --ahead).',
  },
  'pinpoint-prep': {
    prep: (p: Prep) =>
      `Before you contact ${p.name}: ${p.missing.map((m) => MISSING[m]).join('; ')}. Someone further along has no reason to meet you until you bring one (rel target "${p.name}" --studied … --give … --reason …).`,
    move: (p: Prep) => `Prepare for ${p.name}: ${MISSING[p.missing[0]!]}.`,
    ready: (p: Prep) =>
      `Your prep for ${p.name} is complete. Reach out: say briefly why you want to meet and what you can offer, then wait for the answer.`,
    readyMove: (p: Prep) => `Send ${p.name} a short, specific message.`,
    ownLevel: (p: { targets: string[]; peerDeep: number }, f: Fmt) =>
      `You are reaching up to ${f.list(p.targets)}, and you have ${p.peerDeep === 0 ? 'no deep tie yet' : 'one deep tie'} among people at your own stage. Ties grow most easily between people at a similar level: keep a few peers close too, at a study group or among colleagues.`,
  },
  'invest-in-yourself': {
    nothingListed: () =>
      `You haven't listed what you can give. People seek out those who can help them, so build skills that make people want to meet you; meanwhile, non-business gives work too: thanks, a souvenir, listening, praise.`,
    noRecentGive: (p: Invest, f: Fmt) =>
      `No gives in ${p.days} days, though you can offer ${f.list(p.canGive)}. Offer ${p.canGive.length === 1 ? 'it' : 'one of them'} to one person this week.`,
    move: (p: Invest) =>
      p.canGive.length
        ? `Offer ${p.canGive[0]} to one person.`
        : 'Write down three things you can give (rel onboard).',
  },
  'field-context': {
    tiesBringWork: (p: { field: string }) =>
      `In ${FIELD[p.field] ?? p.field} work, people you know really do bring projects and jobs. Keep building ties, and keep your skills the reason they call you.`,
    sales: () =>
      `You work in sales: keep your network and your leads apart. Selling to friends and old classmates burns trust that took years to grow.`,
    skillFirst: (p: { field: string }) =>
      `In your field (${p.field}), skill usually opens more doors than contacts do. Invest in your craft first; the right people tend to follow.`,
  },
};
