/** `rel graph` formats: Graphviz DOT, Mermaid and JSON, each escaping names its own way. */
import type { Graph } from '../domain/graph.js';

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
export function dotString(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/**
 * A Mermaid quoted label: characters Mermaid reads as syntax or HTML become entity codes (#34; …),
 * line breaks become <br/>.
 */
export function mermaidString(s: string): string {
  const codes: Record<string, string> = {
    '"': '#34;',
    '#': '#35;',
    '&': '#38;',
    '<': '#60;',
    '>': '#62;',
    '`': '#96;',
    '|': '#124;',
  };
  const body = s
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/["#&<>`|]/g, (c) => codes[c]!))
    .join('<br/>');
  return `"${body}"`;
}

export function toDot(g: Graph): string {
  const lines = ['digraph rel {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  for (const n of g.nodes) lines.push(`  n${n.id} [label=${dotString(n.name)}];`);
  for (const e of g.edges) {
    if (e.kind === 'introduced')
      lines.push(`  n${e.from} -> n${e.to}${e.date ? ` [label=${dotString(e.date)}]` : ''};`);
    else
      lines.push(
        `  n${e.from} -> n${e.to} [dir=none, style=dashed, label=${dotString(e.events.map((x) => x.name).join('\n'))}];`,
      );
  }
  lines.push('}');
  return lines.join('\n');
}

export function toMermaid(g: Graph): string {
  const lines = ['flowchart LR'];
  for (const n of g.nodes) lines.push(`  n${n.id}[${mermaidString(n.name)}]`);
  for (const e of g.edges) {
    if (e.kind === 'introduced')
      lines.push(`  n${e.from} -->${e.date ? `|${mermaidString(e.date)}|` : ''} n${e.to}`);
    else lines.push(`  n${e.from} -.-|${mermaidString(e.events.map((x) => x.name).join('\n'))}| n${e.to}`);
  }
  return lines.join('\n');
}
