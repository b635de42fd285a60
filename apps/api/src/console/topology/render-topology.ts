import type { PlacedEdge, PlacedItem, TopologyLayout } from './layout';
import type { TopologyGraph } from './topology-model';
import { escapeXml, PALETTE, svgDocument } from '../svg';

/** Fill and stroke per kind (Okabe–Ito hues, told apart by shape and text as well as colour). */
const ITEM_STYLE: Record<PlacedItem['kind'], { fill: string; stroke: string; dash?: string }> = {
  node: { fill: '#f4f4f4', stroke: '#555555' },
  namespace: { fill: '#ffffff', stroke: '#999999', dash: '4 3' },
  pod: { fill: '#e6f1f8', stroke: PALETTE.blue },
  service: { fill: '#fdf3dc', stroke: PALETTE.orange },
  ingress: { fill: '#e5f5ef', stroke: PALETTE.green },
  gateway: { fill: '#e5f5ef', stroke: PALETTE.green },
  route: { fill: '#f6eaf1', stroke: PALETTE.purple },
};

const EDGE_STYLE: Record<PlacedEdge['kind'], { stroke: string; dash?: string }> = {
  endpoint: { stroke: '#333333' },
  'endpoint-not-ready': { stroke: PALETTE.vermillion, dash: '5 4' },
  route: { stroke: PALETTE.green },
  overlay: { stroke: PALETTE.purple, dash: '8 4' },
};

/** What the data-* attribute of each kind is called (the console's test contract). */
const DATA_ATTRIBUTE: Partial<Record<PlacedItem['kind'], string>> = {
  pod: 'data-pod',
  service: 'data-service',
  node: 'data-node',
};

const path = (edge: PlacedEdge): string =>
  edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');

/**
 * The laid-out topology as a standalone SVG document: boxes with their text, arrows from
 * routes to Services to ready endpoints (dashed red for not ready), the overlay connector
 * between nodes named after the network plugin, and a legend line with the overlay's words.
 */
export function topologySvg(layout: TopologyLayout, title: string): string {
  const legendHeight = 40;
  const parts: string[] = [];
  // Groups first (they are underneath), then leaves, then edges on top.
  const order = ['node', 'namespace'];
  const items = [...layout.items].sort(
    (a, b) =>
      Number(!order.includes(a.kind)) - Number(!order.includes(b.kind)) ||
      order.indexOf(a.kind) - order.indexOf(b.kind),
  );
  for (const item of items) {
    const style = ITEM_STYLE[item.kind];
    const attribute = DATA_ATTRIBUTE[item.kind];
    const data = attribute ? ` ${attribute}="${escapeXml(item.ref)}"` : '';
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    const notReady = item.kind === 'pod' && item.ready === false;
    parts.push(
      `<g class="topology-${item.kind}" data-testid="topology-${item.kind}"${data}>` +
        `<title>${escapeXml(`${item.kind} ${item.ref}`)}</title>` +
        `<rect x="${item.x}" y="${item.y}" width="${item.width}" height="${item.height}" rx="6" ` +
        `fill="${style.fill}" stroke="${notReady ? PALETTE.vermillion : style.stroke}"${dash} stroke-width="1.5"/>` +
        `<text x="${item.x + 8}" y="${item.y + 18}" font-weight="bold">${escapeXml(item.title)}</text>` +
        item.lines
          .map(
            (line, i) =>
              `<text x="${item.x + 8}" y="${item.y + 34 + i * 14}">${escapeXml(line)}</text>`,
          )
          .join('') +
        '</g>',
    );
  }
  for (const edge of layout.edges) {
    if (edge.points.length === 0) continue;
    const style = EDGE_STYLE[edge.kind];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    const marker = edge.kind === 'overlay' ? '' : ' marker-end="url(#arrow)"';
    const mid = edge.points[Math.floor(edge.points.length / 2)];
    const label = edge.label
      ? `<text x="${mid.x + 4}" y="${mid.y - 4}" font-size="10">${escapeXml(edge.label)}</text>`
      : '';
    parts.push(
      `<g class="edge-${edge.kind}"><path d="${path(edge)}" fill="none" stroke="${style.stroke}"` +
        ` stroke-width="1.5"${dash}${marker}/>${label}</g>`,
    );
  }
  const legendY = layout.height + 16;
  const legend = `Network plugin ${layout.networkPlugin}: ${layout.overlay}. Revision ${layout.revision}.`;
  parts.push(`<text x="16" y="${legendY}" font-size="11">${escapeXml(legend)}</text>`);
  const width = Math.max(layout.width, Math.ceil(legend.length * 6) + 32);
  return svgDocument(width, layout.height + legendHeight, title, parts.join('\n'));
}

const dotId = (id: string): string => JSON.stringify(id);
const dotLabel = (lines: string[]): string => JSON.stringify(lines.join('\n'));

/**
 * The same graph in Graphviz DOT (no coordinates: `dot` lays it out itself): a cluster per node
 * and per namespace inside it, Services and routes outside, the same edges.
 */
export function topologyDot(graph: TopologyGraph, name: string): string {
  const out: string[] = [
    `digraph ${dotId(name)} {`,
    '  rankdir=LR;',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
  ];
  const children = (parent?: string) => graph.items.filter((i) => i.parent === parent);
  const emit = (parent: string | undefined, indent: string) => {
    for (const item of children(parent)) {
      if (item.kind === 'node' || item.kind === 'namespace') {
        out.push(`${indent}subgraph ${dotId(`cluster_${item.id}`)} {`);
        out.push(`${indent}  label=${dotLabel([item.title, ...item.lines])};`);
        emit(item.id, `${indent}  `);
        if (children(item.id).length === 0)
          out.push(
            `${indent}  ${dotId(item.id)} [label=${dotLabel([item.title, ...item.lines])}];`,
          );
        out.push(`${indent}}`);
      } else {
        out.push(`${indent}${dotId(item.id)} [label=${dotLabel([item.title, ...item.lines])}];`);
      }
    }
  };
  emit(undefined, '  ');
  for (const edge of graph.edges) {
    const attrs = [
      edge.label ? `label=${JSON.stringify(edge.label)}` : '',
      edge.kind === 'endpoint-not-ready' ? 'style=dashed, color="#D55E00"' : '',
    ].filter(Boolean);
    out.push(
      `  ${dotId(edge.from)} -> ${dotId(edge.to)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`,
    );
  }
  out.push(`  label=${JSON.stringify(`${graph.networkPlugin}: ${graph.overlay}`)};`);
  out.push('}');
  return `${out.join('\n')}\n`;
}
