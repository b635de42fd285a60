import type { PlacedEdge, PlacedItem, Topology } from '../types';

/** Test contract: data-testid and data-* attribute of each kind of box. */
const TEST_IDS: Partial<Record<PlacedItem['kind'], [string, string]>> = {
  pod: ['topology-pod', 'data-pod'],
  service: ['topology-service', 'data-service'],
  node: ['topology-node', 'data-node'],
  ingress: ['topology-ingress', 'data-ingress'],
  gateway: ['topology-gateway', 'data-gateway'],
  route: ['topology-route', 'data-route'],
};

const GROUPS = new Set(['node', 'namespace']);

function Box({ item }: { item: PlacedItem }) {
  const ids = TEST_IDS[item.kind];
  const data = ids ? { 'data-testid': ids[0], [ids[1]]: item.ref } : {};
  const isGroup = GROUPS.has(item.kind);
  const label = `${item.kind} ${item.ref}: ${item.lines.join(', ')}`;
  return (
    <g
      className={`box box-${item.kind}${item.ready === false ? ' not-ready' : ''}`}
      {...data}
      tabIndex={isGroup ? undefined : 0}
      role={isGroup ? 'group' : 'img'}
      aria-label={label}
    >
      <title>{label}</title>
      <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={6} />
      <text x={item.x + 8} y={item.y + 18} className="box-title">
        {item.title}
      </text>
      {item.lines.map((line, i) => (
        <text key={i} x={item.x + 8} y={item.y + 34 + i * 14}>
          {line}
        </text>
      ))}
    </g>
  );
}

function Edge({ edge }: { edge: PlacedEdge }) {
  if (edge.points.length === 0) return null;
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  const mid = edge.points[Math.floor(edge.points.length / 2)];
  return (
    <g
      className={`edge edge-${edge.kind}`}
      data-testid="topology-edge"
      data-from={edge.from}
      data-to={edge.to}
    >
      <path d={d} markerEnd={edge.kind === 'overlay' ? undefined : 'url(#topology-arrow)'} />
      {edge.label && (
        <text x={mid.x + 4} y={mid.y - 4}>
          {edge.label}
        </text>
      )}
    </g>
  );
}

/** The server's laid-out topology drawn as SVG: groups under leaves under arrows. */
export function TopologyView({ topology }: { topology: Topology }) {
  const groups = topology.items.filter((i) => GROUPS.has(i.kind));
  const nodesFirst = [...groups].sort(
    (a, b) => Number(a.kind !== 'node') - Number(b.kind !== 'node'),
  );
  const leaves = topology.items.filter((i) => !GROUPS.has(i.kind));
  return (
    <figure className="topology-figure">
      <svg
        data-testid="topology"
        className="topology"
        width={topology.width}
        height={topology.height}
        viewBox={`0 0 ${topology.width} ${topology.height}`}
        role="group"
        aria-label="Cluster topology"
      >
        <defs>
          <marker
            id="topology-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        {nodesFirst.map((item) => (
          <Box key={item.id} item={item} />
        ))}
        {leaves.map((item) => (
          <Box key={item.id} item={item} />
        ))}
        {topology.edges.map((edge) => (
          <Edge key={edge.id} edge={edge} />
        ))}
      </svg>
      <figcaption>
        Network plugin <strong>{topology.networkPlugin}</strong>: {topology.overlay}. Arrows go from
        Ingress/Gateway routes to Services to their endpoints (dashed: not ready); the dashed line
        on the right is the overlay between nodes.
      </figcaption>
    </figure>
  );
}
