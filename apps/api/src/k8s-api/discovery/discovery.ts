/**
 * Version and discovery documents built from the registry of kinds (verbs, subresources, short
 * names and categories come from each kind's definition), shaped as the API server serves them
 * (k8s.io/apimachinery pkg/version Info, meta/v1 APIVersions / APIGroupList / APIResourceList,
 * apidiscovery.k8s.io v2 and v2beta1 APIGroupDiscoveryList). See docs/kubectl-protocol.md §2–3.
 */
import { KINDS, type KindInfo } from '@app/kube';

/** The Kubernetes version the sandbox emulates (the gcloud kubectl dispatcher picks kubectl by minor). */
export const EMULATED_MINOR = '32';

export interface VersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

/** `GET /version`: kubectl prints `Server Version: v1.32.0-sandbox`. */
export function versionInfo(): VersionInfo {
  return {
    major: '1',
    minor: EMULATED_MINOR,
    gitVersion: `v1.${EMULATED_MINOR}.0-sandbox`,
    gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
    gitTreeState: 'clean',
    buildDate: '2024-12-11T17:58:09Z',
    goVersion: 'go1.23.3',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

const SUB_VERBS = ['get', 'patch', 'update'];

/** Upstream serves groups in its registration priority: apps, networking.k8s.io, discovery.k8s.io. */
const GROUP_ORDER = ['apps', 'networking.k8s.io', 'discovery.k8s.io'];

interface GroupVersion {
  group: string;
  version: string;
  kinds: KindInfo[];
}

function groupVersions(): GroupVersion[] {
  const byGv = new Map<string, GroupVersion>();
  for (const k of KINDS) {
    const key = `${k.group}/${k.version}`;
    const gv = byGv.get(key) ?? { group: k.group, version: k.version, kinds: [] };
    gv.kinds.push(k);
    byGv.set(key, gv);
  }
  const rank = (g: string) =>
    g === '' ? -1 : GROUP_ORDER.indexOf(g) < 0 ? GROUP_ORDER.length : GROUP_ORDER.indexOf(g);
  return [...byGv.values()]
    .map((gv) => ({
      ...gv,
      kinds: [...gv.kinds].sort((a, b) => (a.resource < b.resource ? -1 : 1)),
    }))
    .sort((a, b) => rank(a.group) - rank(b.group) || (a.group < b.group ? -1 : 1));
}

/**
 * The named groups with their versions, highest priority first (v1 before v1beta1, as
 * version.CompareKubeAwareVersionStrings orders them); the first is the preferred version.
 */
function groups(): Array<{ group: string; versions: GroupVersion[] }> {
  const out: Array<{ group: string; versions: GroupVersion[] }> = [];
  for (const gv of groupVersions()) {
    const last = out[out.length - 1];
    if (last?.group === gv.group) last.versions.push(gv);
    else out.push({ group: gv.group, versions: [gv] });
  }
  const stable = (v: string) => (/^v\d+$/.test(v) ? 0 : 1);
  for (const g of out) g.versions.sort((a, b) => stable(a.version) - stable(b.version));
  return out;
}

const gvString = (group: string, version: string) => (group ? `${group}/${version}` : version);

/** `GET /api` (legacy): `APIVersions` with the core version. */
export function apiVersions(serverAddress = ''): Record<string, unknown> {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

/** `GET /apis` (legacy): `APIGroupList`, each group with its versions, preferred = the first. */
export function apiGroupList(): Record<string, unknown> {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups()
      .filter((g) => g.group !== '')
      .map((g) => {
        const vs = g.versions.map((gv) => ({
          groupVersion: gvString(gv.group, gv.version),
          version: gv.version,
        }));
        return { name: g.group, versions: vs, preferredVersion: vs[0] };
      }),
  };
}

/**
 * `GET /api/v1` or `/apis/<group>/<version>`: the `APIResourceList`, resources sorted by name with
 * their subresources right after them (as upstream); `undefined` for a group version we do not serve.
 */
export function apiResourceList(groupVersion: string): Record<string, unknown> | undefined {
  const gv = groupVersions().find((g) => gvString(g.group, g.version) === groupVersion);
  if (!gv) return undefined;
  const resources: Array<Record<string, unknown>> = [];
  for (const k of gv.kinds) {
    resources.push({
      name: k.resource,
      singularName: k.singular,
      namespaced: k.namespaced,
      kind: k.kind,
      verbs: k.verbs,
      ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
      ...(k.categories.length ? { categories: k.categories } : {}),
    });
    for (const s of [...k.subresources].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      resources.push({
        name: `${k.resource}/${s.name}`,
        singularName: '',
        namespaced: k.namespaced,
        ...(s.group !== k.group ? { group: s.group, version: s.version } : {}),
        kind: s.kind,
        verbs: SUB_VERBS,
      });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}

export type AggregatedVersion = 'v2' | 'v2beta1';

/** The exact Content-Type kubectl needs to recognise aggregated discovery. */
export const aggregatedDiscoveryContentType = (version: AggregatedVersion): string =>
  `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;

/**
 * `GET /api` (scope `api`) or `/apis` (scope `apis`) answered as aggregated discovery: one item
 * (empty metadata) for the core group, or one per named group; every resource with responseKind,
 * scope, singularResource, verbs, shortNames/categories when present and its subresources. The
 * v2beta1 body differs only in `apiVersion`.
 */
export function aggregatedDiscovery(
  scope: 'api' | 'apis',
  version: AggregatedVersion,
): Record<string, unknown> {
  const items = groups()
    .filter((g) => (scope === 'api' ? g.group === '' : g.group !== ''))
    .map((g) => ({
      metadata: g.group ? { name: g.group, creationTimestamp: null } : { creationTimestamp: null },
      versions: g.versions.map((gv) => ({
        version: gv.version,
        resources: gv.kinds.map((k) => {
          const subs = k.subresources;
          return {
            resource: k.resource,
            responseKind: { group: k.group, version: k.version, kind: k.kind },
            scope: k.namespaced ? 'Namespaced' : 'Cluster',
            singularResource: k.singular,
            verbs: k.verbs,
            ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
            ...(k.categories.length ? { categories: k.categories } : {}),
            ...(subs.length
              ? {
                  subresources: subs.map((s) => ({
                    subresource: s.name,
                    responseKind: { group: s.group, version: s.version, kind: s.kind },
                    verbs: SUB_VERBS,
                  })),
                }
              : {}),
          };
        }),
        freshness: 'Current',
      })),
    }));
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items,
  };
}

/**
 * Which discovery form an Accept header asks for, in the client's order of preference:
 * `v2`/`v2beta1` aggregated when listed (kubectl ≥1.30 lists v2 first; 1.27–1.29 only v2beta1),
 * otherwise `legacy`.
 */
export function negotiateDiscovery(accept: string | undefined): AggregatedVersion | 'legacy' {
  for (const range of (accept ?? '').split(',')) {
    const params = new Map(
      range
        .split(';')
        .slice(1)
        .map((p) => p.trim().split('=') as [string, string]),
    );
    if (params.get('g') === 'apidiscovery.k8s.io' && params.get('as') === 'APIGroupDiscoveryList') {
      const v = params.get('v');
      if (v === 'v2' || v === 'v2beta1') return v;
    }
  }
  return 'legacy';
}
