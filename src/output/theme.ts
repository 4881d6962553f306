import type { ChalkInstance } from 'chalk';
import type { Severity } from '../domain/finding.js';

export interface Theme {
  color: boolean;
  bold: ChalkInstance;
  dim: ChalkInstance;
  name: ChalkInstance;
  good: ChalkInstance;
  /** The matching words in search results. */
  hit: ChalkInstance;
  severity: Record<Severity, ChalkInstance>;
  mark: Record<Severity, string>;
}

const MARK: Record<Severity, string> = { critical: '✖', warning: '▲', tip: '●', info: '○' };

/**
 * Colors when wanted. Without them (a pipe, a file, NO_COLOR) chalk is not even loaded: its terminal
 * detection alone costs a command that prints one line a noticeable share of its start-up.
 */
export async function loadTheme(color: boolean): Promise<Theme> {
  if (!color) return plainTheme();
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    color,
    bold: c.bold,
    dim: c.dim,
    name: c.bold,
    good: c.green,
    hit: c.yellow.bold,
    severity: { critical: c.red.bold, warning: c.yellow, tip: c.cyan, info: c.green },
    mark: MARK,
  };
}

/** What chalk at level 0 does: the text unchanged (several arguments joined by spaces). */
export function plainTheme(): Theme {
  const same = ((...text: unknown[]) => text.join(' ')) as unknown as ChalkInstance;
  return {
    color: false,
    bold: same,
    dim: same,
    name: same,
    good: same,
    severity: { critical: same, warning: same, tip: same, info: same },
    mark: MARK,
  };
}
