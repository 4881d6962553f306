/**
 * The introduction graph: who introduced you to whom, and (when recorded with `rel event --met`) who
 * knows whom through being met at the same event. Pure: the history in, nodes and edges out.
 */
import type { Day } from './dates.js';
import type { History } from './trends.js';

export interface GraphNode {
  id: number;
  name: string;
  /** How many people this person introduced you to. */
  opened: number;
  /** Of those introductions, how many no give of yours to them followed (on or after the day). */
  unthanked: number;
}

export type GraphEdge =
  | { kind: 'introduced'; from: number; to: number; date: Day | null }
  | { kind: 'met-together'; from: number; to: number; events: { id: number; name: string; date: Day }[] };

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function buildGraph(h: Pick<History, 'people' | 'intros' | 'events' | 'ledger'>): Graph {
  const byId = new Map(h.people.map((p) => [p.id, p]));
  const intros: { from: number; to: number; date: Day | null }[] = [];
  const seen = new Set<string>();
  for (const i of [...h.intros].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))) {
    const key = `${i.introducerId}>${i.personId}`;
    if (seen.has(key) || !byId.has(i.introducerId) || !byId.has(i.personId)) continue;
    seen.add(key);
    intros.push({ from: i.introducerId, to: i.personId, date: i.date });
  }
  // People recorded with an introducer but no introduction row (an import, an old backup).
  for (const p of h.people) {
    if (p.introducerId === null || !byId.has(p.introducerId)) continue;
    const key = `${p.introducerId}>${p.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    intros.push({ from: p.introducerId, to: p.id, date: p.met });
  }

  const givesTo = new Map<number, Day[]>();
  for (const e of h.ledger)
    if (e.direction === 'give') givesTo.set(e.personId, [...(givesTo.get(e.personId) ?? []), e.date]);
  const thanked = (who: number, date: Day | null) =>
    (givesTo.get(who) ?? []).some((d) => date === null || d >= date);

  const together = new Map<string, Extract<GraphEdge, { kind: 'met-together' }>>();
  for (const e of [...h.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))) {
    const ids = [...new Set(e.people)].filter((id) => byId.has(id)).sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}-${ids[j]}`;
        let edge = together.get(key);
        if (!edge)
          together.set(key, (edge = { kind: 'met-together', from: ids[i]!, to: ids[j]!, events: [] }));
        edge.events.push({ id: e.id, name: e.name, date: e.date });
      }
  }

  const edges: GraphEdge[] = [
    ...intros.map((i) => ({ kind: 'introduced' as const, ...i })),
    ...together.values(),
  ];
  const inGraph = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = h.people
    .filter((p) => inGraph.has(p.id))
    .map((p) => {
      const made = intros.filter((i) => i.from === p.id);
      return {
        id: p.id,
        name: p.name,
        opened: made.length,
        unthanked: made.filter((i) => !thanked(p.id, i.date)).length,
      };
    })
    .sort((a, b) => a.id - b.id);
  return { nodes, edges };
}

/** The people who introduced you to the most others, most first (ties by name). */
export function doorOpeners(g: Graph, n = 5): GraphNode[] {
  return g.nodes
    .filter((x) => x.opened > 0)
    .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name))
    .slice(0, n);
}
