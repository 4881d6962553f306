import { Chalk, type ChalkInstance } from 'chalk';
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

export function makeTheme(color: boolean): Theme {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    color,
    bold: c.bold,
    dim: c.dim,
    name: c.bold,
    good: c.green,
    hit: c.yellow.bold,
    severity: { critical: c.red.bold, warning: c.yellow, tip: c.cyan, info: c.green },
    mark: { critical: '✖', warning: '▲', tip: '●', info: '○' },
  };
}
