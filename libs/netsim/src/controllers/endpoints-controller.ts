/**
 * core/v1 Endpoints derived from EndpointSlices, shaped as the Endpoints controller writes them
 * (pkg/controller/endpoint/endpoints_controller.go, pkg/api/v1/endpoints RepackSubsets/SortSubsets).
 */
import type { EndpointSlice, Endpoints, Service } from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { objectKeyOf } from '../admission/object-key';
import { SERVICE_NAME_LABEL } from '../cluster-index';
import { HEADLESS_LABEL } from './endpoint-slice-controller';
import { canonicalJSON } from './names';

type Address = { ip: string; nodeName?: string; hostname?: string; targetRef?: unknown };
type Subset = NonNullable<Endpoints['subsets']>[number];

const byIP = (a: Address, b: Address): number => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);

/**
 * For every non-ExternalName Service of the given namespaces that has EndpointSlices (managed or
 * applied, e.g. the apiserver's `kubernetes` slice), an Endpoints object of the same name: one
 * subset per distinct port list, ready endpoints in `addresses`, not-ready ones in
 * `notReadyAddresses`, terminating ones left out unless publishNotReadyAddresses (the Endpoints
 * controller's rule), addresses sorted by IP, labels = the Service's plus the headless marker.
 * Endpoints without a Service, or whose Service has no slices, are removed.
 */
export function reconcileEndpoints(run: AdmissionRun, namespaces: Iterable<string>): void {
  for (const ns of namespaces) {
    const slicesBySvc = new Map<string, EndpointSlice[]>();
    for (const s of run.state.list<EndpointSlice>('EndpointSlice', ns)) {
      const svc = s.metadata.labels?.[SERVICE_NAME_LABEL];
      if (!svc || s.addressType !== 'IPv4') continue;
      const list = slicesBySvc.get(svc);
      if (list) list.push(s);
      else slicesBySvc.set(svc, [s]);
    }
    const wanted = new Set<string>();
    for (const svc of run.state.list<Service>('Service', ns)) {
      const name = svc.metadata.name ?? '';
      const slices = slicesBySvc.get(name);
      const key = `${ns}/${name}`;
      const stored = run.state.find('Endpoints', ns, name);
      if (stored && !run.changes.services.has(key) && !run.changes.sliceServices.has(key)) {
        wanted.add(name);
        continue;
      }
      if (svc.spec.type === 'ExternalName' || !slices) continue;
      wanted.add(name);
      const labels: Record<string, string> = { ...svc.metadata.labels };
      if (svc.spec.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
      const subsets = toSubsets(slices, Boolean(svc.spec.publishNotReadyAddresses));
      const ep: Endpoints = {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name, namespace: ns, ...(Object.keys(labels).length ? { labels } : {}) },
        ...(subsets.length ? { subsets } : {}),
      };
      run.commit(ep);
    }
    for (const ep of run.state.list('Endpoints', ns)) {
      if (!wanted.has(ep.metadata.name ?? '')) run.state.remove(objectKeyOf(ep));
    }
  }
}

function toSubsets(slices: readonly EndpointSlice[], publishNotReady: boolean): Subset[] {
  const groups = new Map<
    string,
    { ports: Subset['ports']; ready: Address[]; notReady: Address[] }
  >();
  for (const slice of slices) {
    const ports = (slice.ports ?? []).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: p.port ?? 0,
      protocol: p.protocol ?? 'TCP',
      ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
    }));
    if (ports.length === 0) continue;
    const key = canonicalJSON(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, ready: [], notReady: [] }));
    for (const ep of slice.endpoints ?? []) {
      const terminating = ep.conditions?.terminating === true;
      if (terminating && !publishNotReady) continue;
      for (const ip of ep.addresses ?? []) {
        const addr: Address = { ip };
        if (ep.hostname) addr.hostname = ep.hostname;
        if (ep.nodeName) addr.nodeName = ep.nodeName;
        if (ep.targetRef) addr.targetRef = { ...ep.targetRef };
        (ep.conditions?.ready === false ? g.notReady : g.ready).push(addr);
      }
    }
  }
  const out: Subset[] = [];
  for (const g of groups.values()) {
    if (!g.ready.length && !g.notReady.length) continue;
    out.push({
      ...(g.ready.length ? { addresses: g.ready.sort(byIP) } : {}),
      ...(g.notReady.length ? { notReadyAddresses: g.notReady.sort(byIP) } : {}),
      ports: g.ports,
    });
  }
  return out;
}
