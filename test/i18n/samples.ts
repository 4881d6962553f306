/**
 * Representative data for every rule message: for each rule and message, the cases worth reading,
 * including 0, 1 and 2 wherever a count is shown. A new message without samples fails the test.
 */
type Data = Record<string, unknown>;
const vary = (base: Data, ...changes: Data[]): Data[] => [base, ...changes.map((c) => ({ ...base, ...c }))];

const mixers = vary(
  {
    count: 3,
    since: '2026-09-01',
    cost: 12000,
    hours: 6,
    met: 5,
    followed: 1,
    metToday: 0,
    latest: 'BizMixer',
    mlm: null,
  },
  { count: 1, met: 1, followed: 0 },
  { count: 1, met: 1, followed: 1, cost: 0, hours: 0 },
  { met: 2, followed: 0, hours: 0 },
  { met: 0, metToday: 2 },
  { met: 0, metToday: 1 },
  { met: 0, metToday: 0, cost: 0 },
  { met: 7, followed: 0, mlm: 'Dream Seminar' },
);
const paid = vary(
  { count: 2, since: '2026-08-01', cost: 20000, met: 4, fruitful: 1, club: 'Salon X' },
  { count: 1, met: 0, fruitful: 0 },
  { count: 1, met: 1, fruitful: 0 },
  { met: 1, fruitful: 1 },
  { met: 2, fruitful: 0 },
  { met: 2, fruitful: 2 },
);
const wide = vary(
  { met: 12, followed: 2, days: 90, picks: ['伊藤 里奈', '山本 健'] },
  { followed: 0 },
  { followed: 1, picks: ['伊藤 里奈'] },
  { met: 1, followed: 0, picks: ['伊藤 里奈'] },
);
const early = vary(
  { name: '田中 愛子', what: '転職の相談', kind: 'advice', date: '2026-11-02', count: 1, givenSince: 0 },
  { kind: 'referral', count: 2, givenSince: 1 },
  { kind: 'something-else' },
);
const ratio = vary(
  { gives: 31, takes: 10, ratio: 3.1, aim: 10, name: '田中 愛子', what: '資料' },
  { gives: 0, takes: 1, ratio: 0, name: null, what: null },
  { gives: 1, takes: 1, ratio: 1 },
  { gives: 10, takes: 1, ratio: 10 },
  { gives: 2, takes: 2, ratio: 1, aim: 8, name: null },
);
const owe = vary({ name: '田中 愛子', gives: 0, asks: 3 }, { gives: 1, asks: 2 }, { gives: 2, asks: 5 });
const offered = [{ name: '佐藤 健', what: 'Web制作の案件', date: '2026-11-10' }];
const asks = vary(
  { name: '中村 翔', count: 3, since: '2026-10-01', kinds: ['info', 'advice', 'help'], latest: 'x' },
  { count: 2, kinds: ['info', 'info'] },
);
const sale = vary(
  { name: '小林 優', what: '保険', date: '2026-10-20', origin: 'school' },
  { origin: 'work' },
  { origin: 'event' },
);
const tooSoon = vary(
  { name: '高橋 陽', kind: 'intro', what: '社長への紹介', days: 3, gives: 0 },
  { days: 0, gives: 1 },
  { days: 1, gives: 2, kind: 'referral' },
);
const ideas = [
  { name: '田中 愛子', idea: 'thanks', about: '資料', again: false },
  { name: '佐藤 健', idea: 'thanks', about: null, again: false },
  { name: '中村 翔', idea: 'need', about: '講座の準備', again: false },
  { name: '伊藤 里奈', idea: 'praise', about: null, again: false },
  { name: '山本 健', idea: 'listen', about: null, again: false },
  { name: '小林 優', idea: 'gift', about: null, again: true },
  { name: '加藤 舞', idea: 'feedback', about: null, again: false },
  { name: '吉田 聡', idea: 'promotion', about: null, again: false },
  { name: '松本 葵', idea: 'attend', about: null, again: false },
  { name: '井上 陸', idea: 'thanks', about: '本', again: true },
];
const smallGives = [
  { days: 30, ideas },
  { days: 30, ideas: ideas.slice(0, 1) },
  ...ideas.map((i) => ({ days: 14, ideas: [i] })),
];
const deep = vary(
  { deep: 2, aim: 5, picks: ['田中 愛子', '佐藤 健'], need: null },
  { deep: 0, picks: ['田中 愛子'] },
  { deep: 1, need: '講座の準備' },
);
const due = vary(
  {
    people: [
      { name: '田中 愛子', over: 58, last: '2026-06-01' },
      { name: '佐藤 健', over: 0, last: null },
      { name: '中村 翔', over: 1, last: '2025-10-09' },
    ],
    more: 2,
  },
  { people: [{ name: '田中 愛子', over: 3, last: null }], more: 0 },
);
const circle = vary(
  { mixers: 2, quiet: 3, picks: ['田中 愛子', '佐藤 健'], days: 180 },
  { mixers: 0, quiet: 1, picks: ['田中 愛子'] },
);
const intros = vary(
  { total: 9, byIntro: 1, atEvents: 7, ask: '田中 愛子', lookingFor: 'フリーランスのWebエンジニア' },
  { byIntro: 0, ask: null, lookingFor: null },
  { total: 1, byIntro: 0, atEvents: 1 },
  { total: 2, byIntro: 0, atEvents: 0 },
  { byIntro: 2, atEvents: 0 },
);
const prep = vary(
  { name: '木村 拓', missing: ['studied', 'give', 'reason'] },
  { missing: ['reason'] },
  { missing: [] },
);
const ownLevel = vary(
  { targets: ['木村 拓'], peerDeep: 0 },
  { targets: ['木村 拓', '林 陽子'], peerDeep: 1 },
);
const invest = vary(
  { canGive: ['デザインの感想', '知り合いの紹介'], days: 90 },
  { canGive: ['デザインの感想'] },
  { canGive: [] },
);
const field = [
  { field: 'it' },
  { field: 'web' },
  { field: 'sales' },
  { field: 'other' },
  { field: 'gardening' },
];

export const SAMPLES: Record<string, Record<string, Data[]>> = {
  'mixer-for-networking': {
    spent: mixers,
    spentMlm: mixers.map((m) => ({ ...m, mlm: 'Dream Seminar' })),
    move: mixers,
  },
  'mixer-for-insight': {
    lookAround: [
      { event: 'IT交流会', met: 3 },
      { event: 'IT交流会', met: 1 },
      { event: 'IT交流会', met: 0 },
    ],
  },
  'paid-club': { paid, move: paid },
  'wide-not-deep': { wide, wideNoPicks: wide, goodRooms: wide, goodRoomsNoPicks: wide, move: wide },
  'try-better-rooms': {
    rooms: vary({ lowYield: 3, days: 90, goal: 'フリーランスのWebエンジニア' }, { lowYield: 1, goal: null }),
    move: [{}],
  },
  'hobby-as-networking': {
    forItself: [
      { count: 1, event: '写真部' },
      { count: 3, event: '写真部' },
    ],
  },
  'give-first': { nothingYet: early, takeBeforeGive: early, move: early },
  'give-take-ratio': {
    low: ratio,
    short: ratio,
    // Only when the aim is met.
    wellDone: ratio.filter((r) => (r.ratio as number) >= (r.aim as number)),
    move: ratio,
  },
  'taking-more-than-giving': { owe, offered, move: owe, thankMove: offered },
  'info-taker': { asks, move: asks },
  'slash-and-burn': { soldToClose: sale, sold: sale, move: sale },
  'too-soon-to-ask': { early: tooSoon, move: tooSoon },
  'small-gives': { none: smallGives, move: smallGives },
  'one-sided': {
    oneWay: vary({ name: '林 陽子', gives: 6, since: '2026-03-01' }, { gives: 1 }, { gives: 2 }),
  },
  'dont-force': { forcing: vary({ name: '林 陽子', gives: 5, days: 90 }, { gives: 1 }) },
  // `few` only once there is a deep tie; `noneYet` before.
  'go-deep': { noneYet: deep, few: deep.filter((d) => (d.deep as number) > 0), move: deep },
  'keep-in-touch': { due, move: due },
  'cherish-your-circle': { circle, circleMixers: circle, move: circle },
  'ask-for-intros': { intros, move: intros },
  'thank-the-introducer': {
    thank: [{ introducer: '田中 愛子', person: '木村 拓', date: '2026-11-01' }],
    move: [{ introducer: '田中 愛子', person: '木村 拓', date: '2026-11-01' }],
  },
  'birthday-soon': {
    soon: vary({ name: '田中 愛子', date: '--11-25', inDays: 3 }, { inDays: 0 }, { inDays: 1 }),
    move: [{ name: '田中 愛子', date: '--11-25', inDays: 3 }],
  },
  'no-goal': { noGoal: [{ hasLookingFor: true }, { hasLookingFor: false }], move: [{}] },
  'step-ahead': {
    noneAhead: vary(
      { goal: 'フリーランスのWebエンジニア', lookingFor: '独立して3年目の人' },
      { lookingFor: null },
    ),
    move: [{}],
  },
  'pinpoint-prep': {
    // prep and move only while something is missing; ready once nothing is.
    prep: prep.slice(0, 2),
    move: prep.slice(0, 2),
    ready: prep,
    readyMove: prep,
    ownLevel,
  },
  'invest-in-yourself': { nothingListed: [{}], noRecentGive: invest.slice(0, 2), move: invest },
  'field-context': { tiesBringWork: field, sales: [{}], skillFirst: field },
  progress: {
    metTarget: [{ name: '木村 拓', date: '2026-11-20', give: '記事の感想' }],
    metTargetMove: [{ name: '木村 拓', date: '2026-11-20', give: '記事の感想' }],
    repair: vary({ name: '小林 優', gives: 3, sale: '2026-09-01' }, { gives: 1 }),
    mixersStopped: [
      { before: 4, days: 90 },
      { before: 1, days: 90 },
    ],
    ratioUp: [
      { now: { gives: 31, takes: 10, ratio: 3.1 }, then: { gives: 10, takes: 10, ratio: 1 }, days: 90 },
    ],
  },
};

export const MERGED_ASKS = vary(
  {
    name: '田中 愛子',
    asks: [
      { kind: 'advice', what: '転職の相談', date: '2026-11-02' },
      { kind: 'intro', what: '社長への紹介', date: '2026-10-20' },
    ],
    total: 2,
    gives: 0,
  },
  { total: 5, gives: 1 },
  { total: 3, gives: 2 },
);
