// Layered layout of a model graph (Keras layers or TF ops) with dagre: top-to-bottom ranks, node boxes sized
// for their text lines. Pure (no DOM). Invariants: every node gets a finite position inside [0, width] x
// [0, height]; every edge gets at least two points; edges to unknown nodes are dropped, never thrown.
import { Graph, layout } from '@dagrejs/dagre';

export interface GraphNodeSpec {
  id: string;
  /** Text lines drawn in the box (first line bold). */
  lines: string[];
  role: 'input' | 'output' | 'inner' | 'input-output';
}

export interface GraphEdgeSpec {
  from: string;
  to: string;
}

export interface PlacedNode extends GraphNodeSpec {
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends GraphEdgeSpec {
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** Approximate text metrics for the 12px UI font, so the layout is deterministic without a DOM. */
export const CHAR_WIDTH = 7.2;
export const LINE_HEIGHT = 16;
const PAD_X = 14;
const PAD_Y = 10;

export function nodeSize(lines: readonly string[]): { width: number; height: number } {
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  return {
    width: Math.max(96, Math.ceil(longest * CHAR_WIDTH) + 2 * PAD_X),
    height: lines.length * LINE_HEIGHT + 2 * PAD_Y,
  };
}

export function layoutGraph(nodes: readonly GraphNodeSpec[], edges: readonly GraphEdgeSpec[]): GraphLayout {
  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set<string>();
  for (const n of nodes) {
    ids.add(n.id);
    g.setNode(n.id, { ...nodeSize(n.lines) });
  }
  const kept = edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  for (const e of kept) g.setEdge(e.from, e.to);
  layout(g);
  const graph = g.graph() as { width?: number; height?: number };
  const placed: PlacedNode[] = nodes.map((n) => {
    const label = g.node(n.id) as { x?: number; y?: number; width: number; height: number };
    return { ...n, x: label.x ?? 0, y: label.y ?? 0, width: label.width, height: label.height };
  });
  const byId = new Map(placed.map((p) => [p.id, p]));
  const placedEdges: PlacedEdge[] = kept.map((e) => {
    const label = g.edge(e.from, e.to) as { points?: { x: number; y: number }[] } | undefined;
    let points = label?.points?.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)) ?? [];
    if (points.length < 2) {
      const a = byId.get(e.from) as PlacedNode;
      const b = byId.get(e.to) as PlacedNode;
      points = [
        { x: a.x, y: a.y + a.height / 2 },
        { x: b.x, y: b.y - b.height / 2 },
      ];
    }
    return { ...e, points };
  });
  return { nodes: placed, edges: placedEdges, width: graph.width ?? 0, height: graph.height ?? 0 };
}
