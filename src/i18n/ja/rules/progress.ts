/** ルールのメッセージ：前進（日本語） */
import type { progress as en } from '../../en/rules/progress.js';

export const progress: typeof en = {
  progress: {
    metTarget: (p, f) =>
      `${f.day(p.date)}、会いたいと思っていた${p.name}さんに会えました。次は、用意していたギブを渡しましょう（${p.give}）。`,
    metTargetMove: (p) => `${p.name}さんに、用意していたギブを渡す（${p.give}）。`,
    repair: (p, f) =>
      `${f.day(p.sale)}の売り込みのあと、${p.name}さんに売り込み抜きで${p.gives}回ギブしています。信頼はこうして少しずつ戻っていきます。この調子で続けましょう。`,
    mixersStopped: (p) =>
      `この${p.days}日、人脈作りのための交流会には行っていません。その前は${p.before}回行っていました。空いた夜を、知っている人のために使えています。`,
    ratioUp: (p) =>
      `ギブ：テイクは${p.now.ratio}：1で、${p.days}日前の${p.then.ratio}：1から伸びています。ギブの習慣が育っています。これからも、相手が喜ぶことを大切にしましょう。`,
  },
};
