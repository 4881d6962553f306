/** How dates, numbers and lists read in English. */
import { formatNumber } from '../number.js';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const format = {
  /** '21 Nov', or '21 Nov 2025' outside the current year. */
  day: (day: string, today: string): string => {
    if (day.startsWith('--')) return `${Number(day.slice(5, 7))} ${MONTHS[Number(day.slice(2, 4)) - 1]}`;
    const [y, m, d] = day.split('-');
    const base = `${Number(d)} ${MONTHS[Number(m) - 1]}`;
    return y === today.slice(0, 4) ? base : `${base} ${y}`;
  },
  longDay: (day: string): string => {
    const [y, m, d] = day.split('-');
    return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  },
  monthInitials: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
  number: (n: number): string => formatNumber(n, 'en-US'),
  list: (xs: readonly string[]): string =>
    xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`,
  plural: (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`,
  daysAgo: (n: number): string => (n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`),
};
