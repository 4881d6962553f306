/** `rel graph`: the introduction graph (and who met whom at the same event) as DOT, Mermaid or JSON. */
import { UsageError } from '../errors.js';
import { loadHistory } from '../db/history.js';
import { buildGraph, type Graph } from '../domain/graph.js';
import { toDot, toMermaid } from '../io/graph.js';
import type { Deps } from './support/deps.js';

export const GRAPH_FORMATS = ['dot', 'mermaid', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface GraphResult {
  format: GraphFormat;
  graph: Graph;
  text: string;
}

export async function graph(opts: { format?: string }, deps: Deps): Promise<GraphResult> {
  const format = (opts.format ?? 'dot').toLowerCase() as GraphFormat;
  if (!GRAPH_FORMATS.includes(format))
    throw new UsageError('invalidValue', {
      option: '--format',
      value: opts.format ?? '',
      valid: GRAPH_FORMATS,
    });
  const g = buildGraph(loadHistory(deps.db, deps.today));
  const text = format === 'dot' ? toDot(g) : format === 'mermaid' ? toMermaid(g) : JSON.stringify(g, null, 2);
  return { format, graph: g, text };
}
