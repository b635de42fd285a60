/**
 * The Gateway API controller of a cluster created with `gatewayController: envoy-gateway`, writing
 * status as a conformant implementation does (gateway-api apis/v1 condition types and reasons;
 * Envoy Gateway's naming of the LoadBalancer Service it creates per Gateway,
 * internal/infrastructure/kubernetes/proxy: `envoy-<namespace>-<name>-<hash>` in
 * envoy-gateway-system). GatewayClass Accepted; Gateway Accepted/Programmed with its address and
 * per-listener conditions and attachedRoutes; HTTPRoute status.parents with Accepted and
 * ResolvedRefs. Conditions keep their lastTransitionTime while their status does not change.
 */
import type {
  Condition,
  Gateway,
  GatewayClass,
  HTTPRoute,
  KubeObject,
  ReferenceGrant,
  Service,
} from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { sha256, toHex } from '../proxy/sha256';
import { admitService } from '../admission/service-admission';
import {
  attachToParent,
  routeRefs,
  supportedKinds,
  type GatewayWorld,
} from '../gateway/attachment';

export const ENVOY_GATEWAY_CONTROLLER = 'gateway.envoyproxy.io/gatewayclass-controller';
export const ENVOY_GATEWAY_NAMESPACE = 'envoy-gateway-system';
const KINDS = ['GatewayClass', 'Gateway', 'HTTPRoute', 'ReferenceGrant', 'Service', 'Namespace'];

/** The LoadBalancer Service Envoy Gateway creates for a Gateway. */
export function envoyServiceName(gw: Gateway): string {
  const ns = gw.metadata.namespace ?? 'default';
  const hash = toHex(sha256(`${ns}/${gw.metadata.name}`)).slice(0, 8);
  return `envoy-${ns}-${gw.metadata.name}-${hash}`.slice(0, 63).replace(/-+$/, '');
}

type Cond = Omit<Condition, 'lastTransitionTime' | 'observedGeneration'>;

/** Conditions stamped with the generation and a transition time kept from `old` when unchanged. */
function stamp(
  conds: Cond[],
  generation: number | undefined,
  old: Condition[] | undefined,
  now: string,
): Condition[] {
  return conds.map((c) => {
    const prev = old?.find((o) => o.type === c.type);
    return {
      ...c,
      observedGeneration: generation ?? 1,
      lastTransitionTime: prev && prev.status === c.status ? prev.lastTransitionTime : now,
    };
  });
}

const cond = (type: string, ok: boolean, reason: string, message: string): Cond => ({
  type,
  status: ok ? 'True' : 'False',
  reason,
  message,
});

export function reconcileGateways(run: AdmissionRun): void {
  if (run.config.gatewayController !== 'envoy-gateway') return;
  if (!KINDS.some((k) => run.state.dirtyNamespaces(k).size > 0)) return;
  const s = run.state;
  const write = (obj: KubeObject) => run.commit(obj);

  const classes = new Set<string>();
  for (const gc of s.list<GatewayClass>('GatewayClass')) {
    if (gc.spec?.controllerName !== ENVOY_GATEWAY_CONTROLLER) continue;
    classes.add(gc.metadata.name ?? '');
    const next = run.copy(gc);
    const c = [cond('Accepted', true, 'Accepted', 'Valid GatewayClass')];
    next.status = {
      ...next.status,
      conditions: stamp(c, gc.metadata.generation, gc.status?.conditions, run.now),
    };
    write(next);
  }

  const gateways = s.list<Gateway>('Gateway');
  const world: GatewayWorld = {
    gateways,
    programmed: (gw) => classes.has(gw.spec?.gatewayClassName),
    namespaceLabels: (ns) => s.find('Namespace', '', ns)?.metadata.labels,
    serviceExists: (ns, name) => !!s.find('Service', ns, name),
    grants: s.list<ReferenceGrant>('ReferenceGrant'),
  };

  // Routes first: listeners count the routes attached to them.
  const attached = new Map<string, number>();
  for (const route of s.list<HTTPRoute>('HTTPRoute')) {
    const refs = routeRefs(route, world);
    const parents = [];
    for (const ref of route.spec?.parentRefs ?? []) {
      const a = attachToParent(route, ref, world);
      // A parent this controller does not run (another class) gets no status from it.
      if (a.gateway && !world.programmed(a.gateway)) continue;
      for (const l of a.listeners) {
        const key = `${a.gateway?.metadata.namespace}/${a.gateway?.metadata.name}/${l.listener.name}`;
        attached.set(key, (attached.get(key) ?? 0) + 1);
      }
      const old = route.status?.parents?.find(
        (p) => JSON.stringify(p.parentRef) === JSON.stringify(ref),
      );
      parents.push({
        parentRef: ref,
        controllerName: ENVOY_GATEWAY_CONTROLLER,
        conditions: stamp(
          [
            cond(
              'Accepted',
              a.accepted,
              a.reason,
              a.accepted ? 'Route is accepted' : acceptMessage(a.reason),
            ),
            cond(
              'ResolvedRefs',
              refs.reason === 'ResolvedRefs',
              refs.reason,
              refs.reason === 'ResolvedRefs'
                ? 'Resolved all the Object references for the Route'
                : `${refs.reason}: backend ${refs.ref?.namespace ? `${refs.ref.namespace}/` : ''}${refs.ref?.name}`,
            ),
          ],
          route.metadata.generation,
          old?.conditions,
          run.now,
        ),
      });
    }
    const next = run.copy(route);
    next.status = { parents };
    write(next);
  }

  for (const gw of gateways) {
    if (!world.programmed(gw)) continue;
    const ns = gw.metadata.namespace ?? 'default';
    const ports = [...new Set((gw.spec?.listeners ?? []).map((l) => l.port))];
    const name = envoyServiceName(gw);
    const existing = s.find<Service>('Service', ENVOY_GATEWAY_NAMESPACE, name);
    const svc: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name,
        namespace: ENVOY_GATEWAY_NAMESPACE,
        labels: {
          'app.kubernetes.io/managed-by': 'envoy-gateway',
          'gateway.envoyproxy.io/owning-gateway-name': gw.metadata.name ?? '',
          'gateway.envoyproxy.io/owning-gateway-namespace': ns,
        },
      },
      spec: {
        type: 'LoadBalancer',
        selector: { 'gateway.envoyproxy.io/owning-gateway-name': gw.metadata.name ?? '' },
        ports: ports.map((p) => ({ name: `${p}`, protocol: 'TCP', port: p, targetPort: p })),
        externalTrafficPolicy: 'Local',
      },
    } as Service;
    if (existing) svc.metadata.uid = existing.metadata.uid;
    admitService(run, svc, existing);
    run.commit(svc, existing);
    const ip = (
      s.find<Service>('Service', ENVOY_GATEWAY_NAMESPACE, name)?.status as {
        loadBalancer?: { ingress?: Array<{ ip?: string }> };
      }
    )?.loadBalancer?.ingress?.[0]?.ip;
    const listeners = (gw.spec?.listeners ?? []).map((l) => {
      const kinds = supportedKinds(l);
      const ok = kinds.length > 0;
      const old = gw.status?.listeners?.find((x) => x.name === l.name);
      return {
        name: l.name,
        supportedKinds: kinds,
        attachedRoutes: attached.get(`${ns}/${gw.metadata.name}/${l.name}`) ?? 0,
        conditions: stamp(
          [
            cond(
              'Programmed',
              ok,
              ok ? 'Programmed' : 'Invalid',
              ok
                ? 'Sending translated listener configuration to the data plane'
                : 'Listener is invalid, see other Conditions for details.',
            ),
            cond(
              'Accepted',
              ok,
              ok ? 'Accepted' : 'UnsupportedProtocol',
              ok ? 'Listener is valid' : `Protocol ${l.protocol} is unsupported.`,
            ),
            cond(
              'ResolvedRefs',
              ok,
              ok ? 'ResolvedRefs' : 'InvalidRouteKinds',
              ok
                ? 'Listener references have been resolved'
                : 'Listener has no supported route kinds',
            ),
            cond('Conflicted', false, 'NoConflicts', 'Listener has no conflicts'),
          ],
          gw.metadata.generation,
          old?.conditions,
          run.now,
        ),
      };
    });
    const next = run.copy(gw);
    next.status = {
      ...(ip ? { addresses: [{ type: 'IPAddress', value: ip }] } : {}),
      conditions: stamp(
        [
          cond('Accepted', true, 'Accepted', 'The Gateway has been scheduled by Envoy Gateway'),
          cond(
            'Programmed',
            !!ip,
            ip ? 'Programmed' : 'AddressNotAssigned',
            ip
              ? 'Address assigned to the Gateway, 1/1 envoy replicas available'
              : 'No addresses have been assigned to the Gateway',
          ),
        ],
        gw.metadata.generation,
        gw.status?.conditions,
        run.now,
      ),
      listeners,
    };
    write(next);
  }
}

function acceptMessage(reason: string): string {
  switch (reason) {
    case 'NotAllowedByListeners':
      return 'No listeners included by this parent ref allowed this attachment.';
    case 'NoMatchingListenerHostname':
      return "There were no hostname intersections between the HTTPRoute and this parent ref's Listener(s).";
    default:
      return 'No listeners match this parent ref';
  }
}
