/** The onboarding talk (English). */
export const onboard = {
  hello: () =>
    'A few questions so the advice fits you. Enter keeps what is shown; Ctrl-C stops without changing anything.',
  langQ: () => 'Language / 言語',
  goalQ: () => 'Who do you want to become? (e.g. "a freelance web engineer")',
  lookingForQ: () => 'Whom do you want to know? (people a step ahead on that path)',
  canGiveQ: () => 'What can you give? (space to pick, enter when done)',
  canGiveBusiness: () => [
    'feedback on their work',
    'help with my professional skills',
    'introductions to people I know',
    'sharing their work with others',
  ],
  canGiveEveryday: () => [
    'saying thank you',
    'listening to their worries',
    'small souvenirs',
    'showing up at their events',
    'honest praise',
  ],
  canGiveMoreQ: () => 'Anything else you can give? (comma-separated, or enter to skip)',
  fieldQ: () => 'Your field of work',
  fields: {
    it: 'IT / software',
    web: 'web',
    design: 'design',
    writing: 'writing',
    marketing: 'marketing',
    sales: 'sales',
    other: 'something else',
  } as Record<string, string>,
  mixersQ: () => 'How many mixers or networking parties do you go to in a month?',
  mixers: () => ['none', '1 or 2', '3 or more'],
  mostFromQ: () => 'Where did most people you know come from?',
  mostFrom: {
    'school-work': 'school and work',
    events: 'events and mixers',
    intros: 'introductions',
    online: 'online',
  } as Record<string, string>,
  aheadQ: () => 'Who in your network is a step ahead of you on that path?',
  aheadNewQ: (p: { after: boolean }) =>
    `Anyone ${p.after ? 'else ' : ''}a step ahead you know? (names, comma-separated, or enter to skip)`,
  targetsQ: () => 'Anyone you want to meet but have not yet? (names, comma-separated, or enter to skip)',
  habitMixers: (p: { perMonth: number }) =>
    `You go to ${p.perMonth >= 3 ? 'three or more mixers' : 'a mixer or two'} a month: skip the next one and spend that evening with someone you already know.`,
  habitEvents: () =>
    'Most people you know came from events: ask one friend you trust for an introduction this month.',
  salesCaution: (p: { circle: number; schoolWork: boolean }) =>
    `You work in sales, so one rule first: ${p.circle > 0 ? `keep the ${p.circle === 1 ? 'one person' : `${p.circle} people`} from school or work you recorded` : p.schoolWork ? 'keep the school friends and colleagues most of your ties come from' : 'keep your school friends and colleagues'} out of your pipeline. One pitch can end a tie that took years; rel will say so if a sale to one of them is logged.`,
  habitSchoolWork: () =>
    'Your network grew from school and work, the surest ties there are: get back in touch with one former colleague this week.',
  saved: () => 'Saved. Here is where to start this week:',
  nothingYet: () => 'Saved. Start by adding the people who matter most: rel add "Name" --origin work',
  added: (p: { names: readonly string[] }) => `Added: ${p.names.join(', ')}.`,
  needsTerminal: () =>
    'rel onboard asks questions and needs a terminal. Without one, pass your answers: rel onboard --answers answers.json',
  hint: () => 'Tip: run rel onboard (2 minutes) so the advice fits your goal.',
};
