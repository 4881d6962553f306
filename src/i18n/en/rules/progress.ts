/** Rule messages: progress noticed (English). */
import type { Fmt } from '../../fmt.js';

interface Met {
  name: string;
  date: string;
  give: string;
}
interface Ratio {
  gives: number;
  takes: number;
  ratio: number;
}

export const progress = {
  progress: {
    metTarget: (p: Met, f: Fmt) =>
      `You met ${p.name} on ${f.day(p.date)}, someone you set out to meet. Now give what you prepared: ${p.give}.`,
    metTargetMove: (p: Met) => `Give ${p.name} what you prepared: ${p.give}.`,
    repair: (p: { name: string; gives: number; sale: string }, f: Fmt) =>
      `Since the sale on ${f.day(p.sale)} you have given ${p.name} something ${p.gives === 1 ? 'once' : `${p.gives} times`}, with no pitch: that is how trust comes back. Keep it that way.`,
    mixersStopped: (p: { before: number; days: number }) =>
      `No networking mixer in the last ${p.days} days, after ${p.before} in the months before: those evenings now go to people you know. Well done.`,
    ratioUp: (p: { now: Ratio; then: Ratio; days: number }) =>
      `Your gives : takes is ${p.now.ratio} : 1, up from ${p.then.ratio} : 1 ${p.days} days earlier. The habit is growing: keep it about what the other person is glad of.`,
  },
};
