/**
 * The theme without colors (a pipe, a file, NO_COLOR), made without loading chalk: its terminal
 * detection alone is a noticeable share of a command that prints one line. Colors: theme.ts.
 */
import type { ChalkInstance } from 'chalk';
import type { Theme } from './theme.js';

/** What chalk at level 0 does: the text unchanged (several arguments joined by spaces). */
export function plainTheme(): Theme {
  const same = ((...text: unknown[]) => text.join(' ')) as unknown as ChalkInstance;
  return {
    color: false,
    bold: same,
    dim: same,
    name: same,
    good: same,
    hit: same,
    severity: { critical: same, warning: same, tip: same, info: same },
    mark: { critical: '✖', warning: '▲', tip: '●', info: '○' },
  };
}

/** The theme for a stream: chalk's only when it will color. */
export async function loadTheme(color: boolean): Promise<Theme> {
  return color ? (await import('./theme.js')).makeTheme(true) : plainTheme();
}
