/** Rule message catalogues: English is the shape, Japanese must match it message for message. */
import { depth } from './en/rules/depth.js';
import { events } from './en/rules/events.js';
import { giving } from './en/rules/giving.js';
import { goal } from './en/rules/goal.js';
import { progress } from './en/rules/progress.js';
import { depth as depthJa } from './ja/rules/depth.js';
import { events as eventsJa } from './ja/rules/events.js';
import { giving as givingJa } from './ja/rules/giving.js';
import { goal as goalJa } from './ja/rules/goal.js';
import { progress as progressJa } from './ja/rules/progress.js';
import type { Lang } from '../domain/types.js';

export const rulesEn = { ...events, ...giving, ...depth, ...goal, ...progress };
export type RuleMessages = typeof rulesEn;
export const rulesJa: RuleMessages = { ...eventsJa, ...givingJa, ...depthJa, ...goalJa, ...progressJa };

export const ruleMessages = (lang: Lang): RuleMessages => (lang === 'ja' ? rulesJa : rulesEn);
