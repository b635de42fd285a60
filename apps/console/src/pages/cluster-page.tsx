import { useCallback, useEffect, useRef, useState } from 'react';
import { api, download, enc } from '../api';
import { MatrixView, type CellRef } from '../components/matrix-view';
import { PolicyEditor } from '../components/policy-editor';
import { TopologyView } from '../components/topology-view';
import { TraceView } from '../components/trace-view';
import { matrixQuery, type MatrixFilter } from '../matrix-query';
import type { CellChange, Cluster, KubeObject, Matrix, Topology, Trace } from '../types';

/** How often the page asks for the cluster's revision; the pictures reload only when it moved. */
const POLL_MS = 1500;

/** The revision of the cluster, polled; `undefined` until the first answer. */
function useRevision(clusterId: string): { cluster?: Cluster; error?: string } {
  const [state, setState] = useState<{ cluster?: Cluster; error?: string }>({});
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const cluster = await api<Cluster>(`/v1/clusters/${enc(clusterId)}`);
        if (!stopped) setState((s) => (s.cluster?.revision === cluster.revision ? s : { cluster }));
      } catch (e) {
        if (!stopped) setState({ error: (e as Error).message });
        return; // a vanished cluster is not polled again
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [clusterId]);
  return state;
}

/** The cluster view: live topology, heat map with packet paths, and the policy editor. */
export function ClusterPage({ clusterId, embedded }: { clusterId: string; embedded?: boolean }) {
  const { cluster, error } = useRevision(clusterId);
  const revision = cluster?.revision;
  const base = `/v1/clusters/${enc(clusterId)}`;
  const [topology, setTopology] = useState<Topology>();
  const [topologyError, setTopologyError] = useState<string>();
  const [namespaces, setNamespaces] = useState<string[]>([]);
  const [filter, setFilter] = useState<MatrixFilter>({
    namespace: 'default',
    port: '80',
    protocol: 'TCP',
    labelSelector: '',
  });
  const [matrix, setMatrix] = useState<Matrix>();
  const [matrixError, setMatrixError] = useState<string>();
  const [selected, setSelected] = useState<CellRef>();
  const [trace, setTrace] = useState<Trace>();
  const [traceError, setTraceError] = useState<string>();
  const [changes, setChanges] = useState<CellChange[]>();
  const [bump, setBump] = useState(0);

  useEffect(() => {
    if (revision === undefined) return;
    api<Topology>(`${base}/topology`)
      .then((t) => {
        setTopology(t);
        setTopologyError(undefined);
      })
      .catch((e: Error) => setTopologyError(e.message));
    api<{ items: KubeObject[] }>(`${base}/objects?kind=Namespace`)
      .then((r) => setNamespaces(r.items.map((n) => n.metadata.name).sort()))
      .catch(() => setNamespaces([]));
  }, [base, revision, bump]);

  useEffect(() => {
    if (revision === undefined) return;
    if (!/^\S+$/.test(filter.port)) return;
    const handle = setTimeout(() => {
      api<Matrix>(`${base}/reachability/matrix?${matrixQuery(filter)}`)
        .then((m) => {
          setMatrix(m);
          setMatrixError(undefined);
        })
        .catch((e: Error) => setMatrixError(e.message));
    }, 250);
    return () => clearTimeout(handle);
  }, [base, revision, filter, bump]);

  const traceRequest = useRef(0);
  const select = useCallback(
    (cell: CellRef) => {
      setSelected(cell);
      const n = ++traceRequest.current;
      const port = /^\d+$/.test(filter.port) ? Number(filter.port) : filter.port;
      api<Trace>(`${base}/reachability`, {
        method: 'POST',
        body: { from: { pod: cell.from }, to: { pod: cell.to }, port, protocol: filter.protocol },
      })
        .then((t) => {
          if (n !== traceRequest.current) return;
          setTrace(t);
          setTraceError(undefined);
        })
        .catch((e: Error) => setTraceError(e.message));
    },
    [base, filter.port, filter.protocol],
  );
  // A new revision may change the answer: ask the selected question again.
  useEffect(() => {
    if (selected) select(selected);
  }, [revision]);

  if (error) {
    return (
      <main className="page">
        <p role="alert" className="error">
          {error}
        </p>
      </main>
    );
  }
  const Heading = embedded ? 'h2' : 'h1';
  return (
    <main className={embedded ? 'cluster embedded' : 'page cluster'}>
      <Heading>
        Cluster {cluster?.name ?? '…'}{' '}
        <span className="muted" data-testid="revision" aria-live="polite">
          revision {revision ?? '…'}
        </span>
      </Heading>
      <section aria-labelledby="topology-title" className="panel">
        <div className="panel-head">
          <h2 id="topology-title">Topology</h2>
          <button
            type="button"
            className="small"
            onClick={() => void download(`${base}/topology.svg`, 'image/svg+xml', 'topology.svg')}
          >
            Download SVG
          </button>
          <button
            type="button"
            className="small"
            onClick={() =>
              void download(`${base}/topology.dot`, 'text/vnd.graphviz', 'topology.dot')
            }
          >
            Download DOT
          </button>
        </div>
        {topologyError && (
          <p role="alert" className="error">
            {topologyError}
          </p>
        )}
        {topology ? <TopologyView topology={topology} /> : !topologyError && <p>Loading…</p>}
      </section>
      <section aria-labelledby="matrix-title" className="panel" data-testid="reachability-matrix">
        <div className="panel-head">
          <h2 id="matrix-title">Reachability heat map</h2>
          <button
            type="button"
            className="small"
            onClick={() =>
              void download(
                `${base}/reachability/matrix.svg?${matrixQuery(filter)}`,
                'image/svg+xml',
                'matrix.svg',
              )
            }
          >
            Download SVG
          </button>
        </div>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <label>
            Namespace
            <select
              data-testid="matrix-namespace"
              value={filter.namespace}
              onChange={(e) => setFilter({ ...filter, namespace: e.target.value })}
            >
              <option value="">all namespaces</option>
              {namespaces.map((ns) => (
                <option key={ns} value={ns}>
                  {ns}
                </option>
              ))}
            </select>
          </label>
          <label>
            Port
            <input
              data-testid="matrix-port"
              value={filter.port}
              size={8}
              onChange={(e) => setFilter({ ...filter, port: e.target.value.trim() })}
            />
          </label>
          <label>
            Protocol
            <select
              data-testid="matrix-protocol"
              value={filter.protocol}
              onChange={(e) => setFilter({ ...filter, protocol: e.target.value })}
            >
              <option>TCP</option>
              <option>UDP</option>
              <option>SCTP</option>
            </select>
          </label>
          <label>
            Labels
            <input
              data-testid="matrix-labels"
              value={filter.labelSelector}
              placeholder="app=web"
              onChange={(e) => setFilter({ ...filter, labelSelector: e.target.value })}
            />
          </label>
        </form>
        {matrixError && (
          <p role="alert" className="error">
            {matrixError}
          </p>
        )}
        {matrix && (
          <MatrixView matrix={matrix} selected={selected} changes={changes} onSelect={select} />
        )}
        <p className="hint">
          Choose a cell to see the packet&rsquo;s path from the row&rsquo;s Pod to the
          column&rsquo;s.
        </p>
        {traceError && (
          <p role="alert" className="error">
            {traceError}
          </p>
        )}
        {trace && selected && (
          <TraceView
            trace={trace}
            question={`${selected.from} → ${selected.to} on ${filter.protocol} ${filter.port}`}
          />
        )}
      </section>
      <PolicyEditor
        base={base}
        filter={filter}
        namespace={filter.namespace || 'default'}
        onChanges={setChanges}
        onApplied={() => setBump((b) => b + 1)}
      />
    </main>
  );
}
