/** The registry: every rule, by id, in one sorted map. */
import askForIntros from './ask-for-intros.js';
import birthdaySoon from './birthday-soon.js';
import cherishYourCircle from './cherish-your-circle.js';
import dontForce from './dont-force.js';
import fieldContext from './field-context.js';
import giveFirst from './give-first.js';
import giveTakeRatio from './give-take-ratio.js';
import goDeep from './go-deep.js';
import hobbyAsNetworking from './hobby-as-networking.js';
import infoTaker from './info-taker.js';
import investInYourself from './invest-in-yourself.js';
import keepInTouch from './keep-in-touch.js';
import mixerForInsight from './mixer-for-insight.js';
import mixerForNetworking from './mixer-for-networking.js';
import noGoal from './no-goal.js';
import oneSided from './one-sided.js';
import paidClub from './paid-club.js';
import pinpointPrep from './pinpoint-prep.js';
import progress from './progress.js';
import slashAndBurn from './slash-and-burn.js';
import smallGives from './small-gives.js';
import stepAhead from './step-ahead.js';
import takingMoreThanGiving from './taking-more-than-giving.js';
import thankTheIntroducer from './thank-the-introducer.js';
import tooSoonToAsk from './too-soon-to-ask.js';
import tryBetterRooms from './try-better-rooms.js';
import wideNotDeep from './wide-not-deep.js';
import type { Rule, RuleId } from './types.js';

export const RULES: Readonly<Record<RuleId, Rule>> = {
  'ask-for-intros': askForIntros,
  'birthday-soon': birthdaySoon,
  'cherish-your-circle': cherishYourCircle,
  'dont-force': dontForce,
  'field-context': fieldContext,
  'give-first': giveFirst,
  'give-take-ratio': giveTakeRatio,
  'go-deep': goDeep,
  'hobby-as-networking': hobbyAsNetworking,
  'info-taker': infoTaker,
  'invest-in-yourself': investInYourself,
  'keep-in-touch': keepInTouch,
  'mixer-for-insight': mixerForInsight,
  'mixer-for-networking': mixerForNetworking,
  'no-goal': noGoal,
  'one-sided': oneSided,
  'paid-club': paidClub,
  'pinpoint-prep': pinpointPrep,
  progress,
  'slash-and-burn': slashAndBurn,
  'small-gives': smallGives,
  'step-ahead': stepAhead,
  'taking-more-than-giving': takingMoreThanGiving,
  'thank-the-introducer': thankTheIntroducer,
  'too-soon-to-ask': tooSoonToAsk,
  'try-better-rooms': tryBetterRooms,
  'wide-not-deep': wideNotDeep,
} as unknown as Record<RuleId, Rule>;

export const RULE_IDS = Object.keys(RULES).sort() as RuleId[];
