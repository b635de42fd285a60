/**
 * What one replica tells the others through Postgres NOTIFY on {@link CHANGE_CHANNEL}: a
 * cluster reached a revision (or was deleted), or an API key was revoked or rotated.
 * Payloads are short text (`c:<id>:<revision>`, `k:<keyId>`) well under NOTIFY's 8000 bytes.
 */
export type ChangeEvent =
  | { kind: 'cluster'; clusterId: string; revision: number }
  | { kind: 'clusterDeleted'; clusterId: string }
  | { kind: 'apiKey'; keyId: string };

export const CHANGE_CHANNEL = 'kns_changes';

export function formatChange(event: ChangeEvent): string {
  switch (event.kind) {
    case 'cluster':
      return `c:${event.clusterId}:${event.revision}`;
    case 'clusterDeleted':
      return `d:${event.clusterId}`;
    case 'apiKey':
      return `k:${event.keyId}`;
  }
}

/** The event of a payload; undefined for anything this version does not understand. */
export function parseChange(payload: string | undefined): ChangeEvent | undefined {
  if (!payload) return undefined;
  const [tag, id, revision] = payload.split(':');
  if (!id) return undefined;
  if (tag === 'c' && /^\d+$/.test(revision ?? '')) {
    return { kind: 'cluster', clusterId: id, revision: Number(revision) };
  }
  if (tag === 'd' && revision === undefined) return { kind: 'clusterDeleted', clusterId: id };
  if (tag === 'k' && revision === undefined) return { kind: 'apiKey', keyId: id };
  return undefined;
}
