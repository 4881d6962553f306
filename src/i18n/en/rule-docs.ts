/** What `rel rules` says about each rule: one line, then the reasoning (English). */
import type { Severity } from '../../domain/finding.js';
import type { RuleMessages } from '../rules.js';

export interface RuleDoc {
  summary: string;
  why: string;
}

export const ruleDocs: Record<keyof RuleMessages, RuleDoc> = {
  'mixer-for-networking': {
    summary: 'Low-yield events (mixers, parties, MLM, self-help, paid clubs) attended to build a network.',
    why: 'Such rooms gather people who came to take, and trust cannot start from zero in a crowd where no one means to give. Counting the money, hours and follow-ups shows what they really returned.',
  },
  'mixer-for-insight': {
    summary: 'A low-yield event attended to see other fields: fine, but its people are not ties yet.',
    why: 'Going to a mixer to learn how other industries work is a legitimate use. Only the write that logs it mentions this; the review does not.',
  },
  'paid-club': {
    summary: 'Money paid to clubs and salons that anyone can buy into, and what came of it.',
    why: 'Open pay-to-join groups often profit from the worry of not knowing enough people. Compare the fee with the gives and takes that followed.',
  },
  'wide-not-deep': {
    summary:
      'Many new people met at events, few of them seen again: a warning after mixers, a tip after study groups and other good rooms.',
    why: 'A network is the few people you keep meeting, not the many you met once. Going wide at study groups is a fine first step; then narrow down and go deep.',
  },
  'hobby-as-networking': {
    summary: 'A hobby event attended to build a network.',
    why: 'Hobby friends are good ties precisely because nobody came to collect contacts. Enjoy the hobby itself; ties follow as a side effect.',
  },
  'try-better-rooms': {
    summary:
      'Mixers attended to build a network, and no better room lately: try study groups, seminars, hobbies, in-house clubs, alumni, one-to-one.',
    why: 'People who share a purpose (learning the same thing, the same hobby, the same company or school) become ties far more often than strangers at a mixer.',
  },
  'give-first': {
    summary: 'You asked someone for something before giving them anything.',
    why: 'Everything starts from giving. Someone who has received from you is glad to help; a stranger who is only asked has no reason to.',
  },
  'give-take-ratio': {
    summary: 'Your gives : takes over the year; about 10 : 1 is the attitude to aim for, not a quota.',
    why: 'Give without keeping score and treat anything that comes back as a bonus: that stance makes giving a pleasure. What counts is a give the other person is really glad of, not the number.',
  },
  'taking-more-than-giving': {
    summary:
      'People you asked for more than you gave, all time (sales and offers they made unasked are not asks).',
    why: 'A tie where one side only takes wears out. Even things out before the next request; when someone came to you unasked, thank them and give back.',
  },
  'info-taker': {
    summary: 'Several asks of one person in a short time, with nothing given in between.',
    why: 'People who come only for information are quickly recognised. Quality ties are ones where both sides solve each other\u2019s problems.',
  },
  'slash-and-burn': {
    summary: 'You sold to or recruited one of your contacts.',
    why: 'Selling to friends and colleagues burns ties that took years to grow, for a one-time gain. It is the fastest way to lose a network.',
  },
  'too-soon-to-ask': {
    summary:
      'Asking for a referral, introduction or advice from someone you met only recently, with few gives.',
    why: 'Closeness takes time. An early ask, before any trust, rarely lands and can end the tie.',
  },
  'small-gives': {
    summary: 'No give lately: small, concrete gives aimed at named people.',
    why: 'Gives need not be business favours: thanks, a souvenir, listening, praise, feedback on their work, showing up at their event, sharing what they made.',
  },
  'one-sided': {
    summary: 'Many gives over a long time to someone who never gave back or reached out.',
    why: 'Giving without return is fine when you enjoy it; just don\u2019t count on that person.',
  },
  'dont-force': {
    summary: 'Frequent gives to someone you would not spend private time with.',
    why: 'Relationships you have to force rarely deepen. Spend your care on people whose company you enjoy.',
  },
  'go-deep': {
    summary: 'Fewer than five deep ties: who to deepen next, one-to-one.',
    why: 'Behind every person you truly know stand the people they trust. One-to-one depth reaches further than one-to-many breadth.',
  },
  'keep-in-touch': {
    summary: 'People whose keep-in-touch cadence has come round. Drives rel remind.',
    why: 'Ties are grown over time, with care. A short message at the right time keeps them alive.',
  },
  'cherish-your-circle': {
    summary: 'School and work ties gone quiet for half a year.',
    why: 'The surest network is the capable people already around you. Look after them before looking for strangers.',
  },
  'ask-for-intros': {
    summary: 'New people come mostly from events and rarely through introductions.',
    why: 'Trust travels through introductions: people who do well are introduced by someone they trust, one link at a time.',
  },
  'thank-the-introducer': {
    summary: 'An introduction in the last month with no give to the introducer since.',
    why: 'Thanking the introducer, and telling them how it went, is the least you owe and keeps introductions coming.',
  },
  'no-goal': {
    summary: 'No goal in your profile: who you want to become, whom you want to know.',
    why: 'Without a direction you meet many people and miss the few you should meet. Knowing where you are going tells you whom to look for.',
  },
  'step-ahead': {
    summary: 'A goal, but no one marked as a step ahead of you on that path.',
    why: 'The shortest way to a goal is getting close to people a little further along the same road.',
  },
  'pinpoint-prep': {
    summary: 'Someone you want to meet, and the preparation still missing.',
    why: 'The person you want to meet has no reason to meet you. Study their work, prepare a give, and say in one line why.',
  },
  'invest-in-yourself': {
    summary: 'Nothing listed that you can give, or no give in 90 days.',
    why: 'People seek out those who can help them. Build the skill that makes you worth meeting; meanwhile give in non-business ways.',
  },
  'field-context': {
    summary: 'What ties mean in your field.',
    why: 'In IT, web, design, writing and marketing work, people you know bring jobs. In sales, keep leads away from friends. Elsewhere, skill comes first.',
  },
  'birthday-soon': {
    summary: 'A birthday in the next week.',
    why: 'Beyond the articles: remembering a birthday is one of the easiest small gives.',
  },
  progress: {
    summary:
      'Progress noticed: a target met, a give after a sale, a stopped run of mixers, a better give : take ratio.',
    why: 'Trust takes years to grow, so noticing each step keeps you going. And once you meet someone you prepared for, give what you prepared.',
  },
};

export const rulesText = {
  header: () => 'rules: rel rules <id> explains one',
  beyond: () => 'beyond the articles',
  sources: () => 'sources',
  thresholds: () => 'thresholds',
  disabled: () => 'off (rel config set rules.<id>.enabled true)',
  severityVaries: () => 'varies',
  /** Severity names in `rel rules` (the review's headings are plural, these are not). */
  severity: { critical: 'critical', warning: 'warning', tip: 'tip', info: 'info' } as Record<
    Severity,
    string
  >,
  /** After a switched-off rule's line in the catalogue. */
  off: () => ' (off)',
  immediate: () => 'also reported at once by the write that triggers it',
  writeOnly: () => 'reported only by the write that logs it',
  configHint: (p: { id: string; key: string; value: number }) =>
    `change with: rel config set rules.${p.id}.${p.key} ${p.value}`,
};
