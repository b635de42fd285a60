import { useEffect, useState } from 'react';
import { api } from '../api';
import { matrixQuery, type MatrixFilter } from '../matrix-query';
import type { CellChange, DryRun, KubeObject } from '../types';

const template = (namespace: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${namespace}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

/** A stored object as an editable manifest (JSON is YAML too): what the server set is dropped. */
function asManifest(object: KubeObject): string {
  const {
    uid: _u,
    resourceVersion: _r,
    creationTimestamp: _c,
    generation: _g,
    managedFields: _m,
    ...metadata
  } = object.metadata;
  const { status: _s, ...rest } = object;
  return `${JSON.stringify({ ...rest, metadata }, null, 2)}\n`;
}

/**
 * Edit or paste a NetworkPolicy, see which heat-map cells it would flip (a dry run over the
 * same engine, nothing written), then apply it.
 */
export function PolicyEditor(props: {
  base: string;
  filter: MatrixFilter;
  namespace: string;
  onChanges: (changes: CellChange[] | undefined) => void;
  onApplied: () => void;
}) {
  const [text, setText] = useState(() => template(props.namespace));
  const [policies, setPolicies] = useState<KubeObject[]>([]);
  const [dryRun, setDryRun] = useState<DryRun>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<{ items: KubeObject[] }>(`${props.base}/objects?kind=NetworkPolicy`)
      .then((r) => setPolicies(r.items))
      .catch(() => setPolicies([]));
  }, [props.base, message]);

  const run = async (what: 'dry-run' | 'apply') => {
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      if (what === 'dry-run') {
        const result = await api<DryRun>(
          `${props.base}/reachability/matrix/dry-run?${matrixQuery(props.filter)}`,
          {
            method: 'POST',
            body: text,
          },
        );
        setDryRun(result);
        props.onChanges(result.changes);
      } else {
        const result = await api<{
          revision: number;
          results: Array<{ kind: string; name: string; action: string }>;
        }>(`${props.base}/apply`, { method: 'POST', body: text });
        setDryRun(undefined);
        props.onChanges(undefined);
        setMessage(
          `Applied at revision ${result.revision}: ${result.results.map((r) => `${r.kind} ${r.name} ${r.action}`).join(', ')}.`,
        );
        props.onApplied();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="editor-title" className="panel" data-testid="policy-editor">
      <h2 id="editor-title">Policy editor</h2>
      <div className="editor-tools">
        <label>
          Start from
          <select
            data-testid="policy-load"
            value=""
            onChange={(e) => {
              const found = policies.find(
                (p) => `${p.metadata.namespace}/${p.metadata.name}` === e.target.value,
              );
              setText(found ? asManifest(found) : template(props.namespace));
            }}
          >
            <option value="">choose…</option>
            <option value="(template)">a default-deny template</option>
            {policies.map((p) => (
              <option
                key={`${p.metadata.namespace}/${p.metadata.name}`}
                value={`${p.metadata.namespace}/${p.metadata.name}`}
              >
                {p.metadata.namespace}/{p.metadata.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label htmlFor="policy-text">NetworkPolicy (YAML or JSON; several documents allowed)</label>
      <textarea
        id="policy-text"
        data-testid="policy-text"
        value={text}
        rows={14}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setDryRun(undefined);
          props.onChanges(undefined);
        }}
      />
      <div className="buttons">
        <button
          type="button"
          data-testid="policy-dry-run"
          disabled={busy}
          onClick={() => void run('dry-run')}
        >
          Dry run: what would change?
        </button>
        <button
          type="button"
          data-testid="policy-apply"
          disabled={busy}
          onClick={() => void run('apply')}
        >
          Apply
        </button>
      </div>
      {error && (
        <p role="alert" className="error" data-testid="policy-error">
          {error}
        </p>
      )}
      {message && (
        <p role="status" data-testid="policy-applied">
          {message}
        </p>
      )}
      {dryRun && (
        <div data-testid="dry-run-result" role="status">
          <p>
            {dryRun.changes.length === 0
              ? 'No cell of the heat map would change.'
              : `${dryRun.changes.length} cell${dryRun.changes.length === 1 ? '' : 's'} would change (outlined in the heat map):`}
          </p>
          <ul className="changes">
            {dryRun.changes.map((c) => (
              <li
                key={`${c.from}→${c.to}`}
                data-testid="dry-run-change"
                data-from={c.from}
                data-to={c.to}
                data-before={String(c.before)}
                data-after={String(c.after)}
              >
                {c.from} → {c.to}: {c.before ? '✓ allowed' : '✗ denied'} becomes{' '}
                {c.after ? '✓ allowed' : '✗ denied'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
