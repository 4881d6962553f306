/** 渡されたファイル（インポート、バックアップ、回答ファイル）の中の問題の言い方（日本語）。 */
import type { problems as en } from '../en/problems.js';

const q = (s: string) => `「${s}」`;

export const problems: typeof en = {
  where: (w) =>
    'card' in w
      ? `${w.card}枚目のカード（${w.line}行目${w.name ? `、${w.name}` : ''}）`
      : 'record' in w
        ? `${w.record}件目の連絡先`
        : `${w.line}行目`,
  import: (p) => {
    switch (p.code) {
      case 'noEnd':
        return '次のカードが始まる前に END:VCARD がありません';
      case 'outside':
        return 'BEGIN:VCARD と END:VCARD の外に文字があります';
      case 'neverEnds':
        return 'END:VCARD がなく、カードが終わっていません';
      case 'noFn':
        return 'FN（表示名）がありません';
      case 'noName':
        return '名前がありません';
      case 'noFirstLast':
        return '姓も名もありません';
      case 'unreadable':
        return `読み取れない形式です（${p.detail}）`;
    }
  },
  shape: (s) =>
    s === 'linkedin'
      ? 'LinkedIn の Connections.csv（First Name、Last Name、…、Connected On の列）'
      : 'Google コンタクトの CSV（First Name、…、E-mail 1 - Value の列）',
  backup: (p) => {
    switch (p.code) {
      case 'notJson':
        return `JSON として読めません（${p.detail}）`;
      case 'notBackup':
        return 'rel のバックアップではありません（バックアップは rel export --format json で作れます）';
      case 'version':
        return `バックアップの形式 ${p.version} は、この rel では読めません`;
      case 'noTables':
        return 'tables がありません';
      case 'notList':
        return `${q(`tables.${p.table}`)}がリストになっていません`;
      case 'notObject':
        return `${p.at} がオブジェクトになっていません`;
      case 'unknownColumn':
        return `${p.at} に知らない列${q(p.column)}があります`;
    }
  },
  answers: (p) => {
    switch (p.code) {
      case 'notJson':
        return `JSON として読めません（${p.detail}）`;
      case 'notObject':
        return '中身は JSON のオブジェクトにしてください';
      case 'unknownKeys':
        return `知らない項目${p.keys.map(q).join('、')}があります（使える項目：${p.valid.join('、')}）`;
      case 'notString':
        return `${q(p.key)}は文字列にしてください`;
      case 'notStrings':
        return `${q(p.key)}は文字列のリストにしてください`;
      case 'notOneOf':
        return `${q(p.key)}は ${p.valid.join('、')} のどれかにしてください`;
      case 'notNumber':
        return `${q(p.key)}は0以上の数にしてください`;
      case 'notGroup':
        return `${q(p.key)}はオブジェクトにしてください`;
    }
  },
};
