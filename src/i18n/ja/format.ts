import type { format as en } from '../en/format.js';
import { formatNumber } from '../number.js';

export const format: typeof en = {
  day: (day, today) => {
    if (day.startsWith('--')) return `${Number(day.slice(2, 4))}月${Number(day.slice(5, 7))}日`;
    const [y, m, d] = day.split('-');
    const base = `${Number(m)}月${Number(d)}日`;
    return y === today.slice(0, 4) ? base : `${y}年${base}`;
  },
  longDay: (day) => {
    const [y, m, d] = day.split('-');
    return `${y}年${Number(m)}月${Number(d)}日`;
  },
  monthInitials: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  number: (n) => formatNumber(n, 'ja-JP'),
  list: (xs) => xs.join('、'),
  plural: (n, one) => `${n}${one}`,
  daysAgo: (n) => (n === 0 ? '今日' : n === 1 ? '昨日' : `${n}日前`),
};
