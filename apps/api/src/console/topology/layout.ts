import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { TopologyEdge, TopologyGraph, TopologyItem } from './topology-model';

export interface Point {
  x: number;
  y: number;
}

/** An item with its box (top-left corner, size) in the picture's coordinates. */
export interface PlacedItem extends TopologyItem {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends TopologyEdge {
  points: Point[];
}

/** The graph laid out: what the console draws in the browser and the SVG/DOT renderers print. */
export interface TopologyLayout extends Omit<TopologyGraph, 'items' | 'edges'> {
  width: number;
  height: number;
  items: PlacedItem[];
  edges: PlacedEdge[];
}

const LINE_HEIGHT = 14;
/** Average advance of the 12px sans-serif text, bold (titles) and regular (lines). */
const TITLE_CHAR_WIDTH = 7.8;
const CHAR_WIDTH = 7;
const PAD = 8;
const OVERLAY_GAP = 28;

/** Leaf box size from its text, so nothing is cut off at any font the browser picks. */
function leafSize(item: TopologyItem): { width: number; height: number } {
  const text = Math.max(
    item.title.length * TITLE_CHAR_WIDTH,
    ...item.lines.map((l) => l.length * CHAR_WIDTH),
  );
  return {
    width: Math.max(110, Math.ceil(text) + 2 * PAD),
    height: (item.lines.length + 1) * LINE_HEIGHT + 2 * PAD,
  };
}

/** Group padding: room at the top for the title and the group's own lines. */
const groupPadding = (item: TopologyItem): string =>
  `[top=${24 + item.lines.length * LINE_HEIGHT},left=12,bottom=12,right=12]`;

/** Runs one ELK layout: in this thread by default (tests), in a worker in the app (elk-worker.ts). */
export type ElkLayout = (graph: ElkNode) => Promise<ElkNode>;

let inProcess: InstanceType<typeof ELK> | undefined;
export const layoutInProcess: ElkLayout = (graph) => (inProcess ??= new ELK()).layout(graph);

/**
 * Lays the graph out left to right with ELK's layered (Sugiyama) algorithm: routes and
 * Ingresses, then Services, then the nodes holding their Pods in namespace groups, so every
 * arrow points from the entry towards the Pods; edges are routed orthogonally across the group
 * borders (hierarchy handling INCLUDE_CHILDREN). The overlay between nodes is a connector drawn
 * down their right-hand side, since it joins groups rather than boxes.
 */
export async function layoutTopology(
  graph: TopologyGraph,
  runLayout: ElkLayout = layoutInProcess,
): Promise<TopologyLayout> {
  const elkNodes = new Map<string, ElkNode>();
  for (const item of graph.items) {
    const group = item.kind === 'node' || item.kind === 'namespace';
    elkNodes.set(item.id, {
      id: item.id,
      ...(group ? {} : leafSize(item)),
      layoutOptions: group ? { 'elk.padding': groupPadding(item) } : {},
      children: [],
    });
  }
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: [],
    edges: [],
  };
  for (const item of graph.items) {
    const parent = item.parent ? elkNodes.get(item.parent) : undefined;
    (parent ?? root).children!.push(elkNodes.get(item.id)!);
  }
  // A node without Pods still needs a box: ELK gives an empty group only its padding.
  for (const item of graph.items) {
    const node = elkNodes.get(item.id)!;
    if (item.kind === 'node' && node.children!.length === 0) Object.assign(node, leafSize(item));
  }
  root.edges = graph.edges.map((edge): ElkExtendedEdge => ({
    id: edge.id,
    sources: [edge.from],
    targets: [edge.to],
  }));
  const laid = await runLayout(root);

  // ELK gives child positions relative to their parent, edge points relative to the edge's
  // container (the root here): make every box absolute.
  const placed = new Map<string, PlacedItem>();
  const items = new Map(graph.items.map((i) => [i.id, i]));
  const visit = (node: ElkNode, dx: number, dy: number) => {
    for (const child of node.children ?? []) {
      const x = dx + (child.x ?? 0);
      const y = dy + (child.y ?? 0);
      const item = items.get(child.id)!;
      placed.set(child.id, {
        ...item,
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(child.width ?? 0),
        height: Math.round(child.height ?? 0),
      });
      visit(child, x, y);
    }
  };
  visit(laid, 0, 0);
  const containerOffset = (id: string | undefined): Point => {
    const box = id && id !== 'root' ? placed.get(id) : undefined;
    return box ? { x: box.x, y: box.y } : { x: 0, y: 0 };
  };
  const sections = new Map(
    (laid.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge & { container?: string }]),
  );
  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const laidEdge = sections.get(edge.id);
    const offset = containerOffset(laidEdge?.container);
    const points = (laidEdge?.sections ?? []).flatMap((s) => [
      s.startPoint,
      ...(s.bendPoints ?? []),
      s.endPoint,
    ]);
    return {
      ...edge,
      points: points.map((p) => ({ x: Math.round(p.x + offset.x), y: Math.round(p.y + offset.y) })),
    };
  });

  const width = laid.width ?? 0;
  const nodes = [...placed.values()].filter((p) => p.kind === 'node').sort((a, b) => a.y - b.y);
  const overlayX = Math.round(width + OVERLAY_GAP);
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1];
    const b = nodes[i];
    const ay = Math.round(a.y + a.height / 2);
    const by = Math.round(b.y + b.height / 2);
    edges.push({
      id: `overlay:${a.ref}->${b.ref}`,
      from: a.id,
      to: b.id,
      kind: 'overlay',
      label: graph.networkPlugin,
      points: [
        { x: a.x + a.width, y: ay },
        { x: overlayX, y: ay },
        { x: overlayX, y: by },
        { x: b.x + b.width, y: by },
      ],
    });
  }
  return {
    revision: graph.revision,
    networkPlugin: graph.networkPlugin,
    overlay: graph.overlay,
    width: Math.ceil(width + (nodes.length > 1 ? OVERLAY_GAP + 48 : 0)),
    height: Math.ceil(laid.height ?? 0),
    items: [...placed.values()],
    edges,
  };
}
