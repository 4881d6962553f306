/** Small text charts: sparklines and bars that read at 80 columns. */
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One block per value, scaled to `scaleMax` (so two series can share a scale); blank for zero. */
export function sparkCells(values: readonly number[], scaleMax = Math.max(0, ...values)): string[] {
  return values.map((v) =>
    v <= 0 || scaleMax <= 0 ? ' ' : BLOCKS[Math.min(7, Math.max(0, Math.ceil((v / scaleMax) * 8) - 1))]!,
  );
}

export const sparkline = (values: readonly number[], scaleMax?: number): string =>
  sparkCells(values, scaleMax).join(' ');

/** A bar of `width` cells filled to value/max, with eighths for the last cell. */
export function bar(value: number, max: number, width = 10): string {
  if (max <= 0) return '░'.repeat(width);
  const cells = Math.max(0, Math.min(1, value / max)) * width;
  const full = Math.floor(cells);
  const rest = Math.round((cells - full) * 8);
  const partial = rest > 0 && full < width ? ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][rest]! : '';
  return '█'.repeat(full) + partial + '░'.repeat(width - full - (partial ? 1 : 0));
}

/** ●●●○○: `value` of `aim` dots. */
export function dots(value: number, aim: number): string {
  const n = Math.min(value, aim);
  return '●'.repeat(n) + '○'.repeat(Math.max(0, aim - n)) + (value > aim ? '+' : '');
}

/** People by depth as one bar: deep █, active ▓, shallow ▒, dormant ░ (each non-empty part gets a cell). */
export function depthBar(
  d: { deep: number; active: number; shallow: number; dormant: number },
  width = 40,
): string {
  const parts: [number, string][] = [
    [d.deep, '█'],
    [d.active, '▓'],
    [d.shallow, '▒'],
    [d.dormant, '░'],
  ];
  const total = parts.reduce((a, [n]) => a + n, 0);
  if (total === 0) return '';
  const cells = parts.map(([n]) => (n === 0 ? 0 : Math.max(1, Math.round((n / total) * width))));
  return parts.map(([, ch], i) => ch.repeat(cells[i]!)).join('');
}
