import type { Finding } from '../domain/finding.js';
import type { Theme } from './theme.js';
import { wrap } from './width.js';

/** One finding as a wrapped line: mark, message, then the rule id for `rel rules <id>`. */
export function findingLine(f: Finding & { rules?: string[] }, theme: Theme, cols = 80, indent = 2): string {
  const mark = theme.severity[f.severity](theme.mark[f.severity]);
  const tag = (f.rules ?? [f.rule]).join(' · ');
  const body = wrap(`${f.message} ${theme.dim(`[${tag}]`)}`, cols, indent + 2, {
    first: indent + 2,
    keep: f.people.map((p) => p.name),
  });
  return `${' '.repeat(indent)}${mark} ${body}`;
}

export function findingLines(findings: readonly Finding[], theme: Theme, cols = 80): string {
  return findings.map((f) => findingLine(f, theme, cols, 0)).join('\n');
}
