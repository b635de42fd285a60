import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, download, enc, session } from '../api';
import { Link } from '../router';
import type { Cluster } from '../types';

/** What the service is, sign-in with an API key, and the reader's clusters. */
export function Landing(props: { signedIn: boolean; onSignIn: () => void }) {
  return (
    <main className="page">
      <h1>Kube Network Sandbox</h1>
      <p className="lead">
        Virtual Kubernetes clusters, kept in PostgreSQL, that answer networking questions the way a
        real cluster would: which address a Service gets, which Pods sit behind it, what a DNS
        lookup returns, where kube-proxy sends a packet and whether a NetworkPolicy lets it through.
        Look at a cluster&rsquo;s topology, its reachability heat map and the path of any packet;
        try a policy before applying it; work through graded exercises.
      </p>
      <p>
        Also here: the <a href="/graphql">GraphQL playground</a>, the{' '}
        <a href="/docs">REST reference</a>, and a kubeconfig per cluster for a real{' '}
        <code>kubectl</code>.
      </p>
      {props.signedIn ? <Clusters /> : <SignIn onSignIn={props.onSignIn} />}
    </main>
  );
}

function SignIn(props: { onSignIn: () => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // Checked before it is kept: a wrong key is said so here, not on the next page.
      await api('/v1/clusters', { key: key.trim() });
      session.signIn(key.trim());
      props.onSignIn();
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401
          ? 'That key was not accepted.'
          : String((e as Error).message),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign in</h2>
      <p>
        Paste an API key (<code>npm start</code> prints the demo tenant&rsquo;s and saves it in{' '}
        <code>.data/demo-api-key</code>). It stays in this browser tab only.
      </p>
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        data-testid="api-key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={key}
        onChange={(e) => setKey(e.target.value)}
        required
      />
      <button type="submit" data-testid="sign-in" disabled={busy || key.trim() === ''}>
        Sign in
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}

function Clusters() {
  const [clusters, setClusters] = useState<Cluster[]>();
  const [error, setError] = useState<string>();
  const [name, setName] = useState('');
  const load = () =>
    api<{ items: Cluster[] }>('/v1/clusters')
      .then((r) => setClusters(r.items))
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, []);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('/v1/clusters', { method: 'POST', body: { name } });
      setName('');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="clusters-title">
      <h2 id="clusters-title">Your clusters</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!clusters ? (
        <p>Loading…</p>
      ) : (
        <ul className="clusters" data-testid="cluster-list">
          {clusters.length === 0 && <li>No cluster yet: create one below.</li>}
          {clusters.map((c) => (
            <li key={c.id} data-testid="cluster-item" data-cluster-id={c.id}>
              <Link to={`/console/clusters/${enc(c.id)}`}>{c.name}</Link>
              <span className="muted">
                {' '}
                {c.config.nodes} nodes · {c.config.networkPlugin} · {c.config.proxyMode} · revision{' '}
                {c.revision}
              </span>
              <button
                type="button"
                className="small"
                onClick={() =>
                  void download(
                    `/v1/clusters/${enc(c.id)}/kubeconfig`,
                    'application/yaml',
                    `${c.name}.kubeconfig`,
                  ).catch((e: Error) => setError(e.message))
                }
              >
                kubeconfig
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline" onSubmit={create}>
        <label htmlFor="new-cluster">New cluster</label>
        <input
          id="new-cluster"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="lab"
          pattern="[a-z0-9]([-a-z0-9]*[a-z0-9])?"
          required
        />
        <button type="submit">Create</button>
      </form>
    </section>
  );
}
