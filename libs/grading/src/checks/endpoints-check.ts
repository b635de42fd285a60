/** Endpoint checks: the EndpointSlices the controller derives for a Service. */
import type { Simulation } from '@app/netsim';
import type { EndpointsCheck } from '../spec/exercise-spec';
import { compareSets, conclude, type CheckOutcome } from './check-outcome';
import { resolveService, splitName } from './targets';

interface ObservedEndpoint {
  address: string;
  pod?: string;
  ready: boolean;
}

/**
 * Compares the Service's endpoints (all its EndpointSlices, addresses deduplicated) with the
 * expectation: `count` = endpoints listed, ready or not; `ready` = those whose `ready` condition
 * is true or unset (kube-proxy's reading); `addresses` = the ready addresses as a set. Observed:
 * `{count, ready, addresses, notReady}`. Throws NotFound when the Service does not exist.
 */
export function runEndpointsCheck(sim: Simulation, check: EndpointsCheck): CheckOutcome {
  resolveService(sim, check.service);
  const { namespace, name } = splitName(check.service);
  // The engine's one endpoint view: conditions are read there, as kube-proxy reads them.
  const all: ObservedEndpoint[] = sim.serviceEndpoints(namespace, name).map((e) => ({
    address: e.address,
    ...(e.pod ? { pod: e.pod } : {}),
    ready: e.ready,
  }));
  const ready = all.filter((e) => e.ready);
  const notReady = all.filter((e) => !e.ready);
  const readyAddresses = ready.map((e) => e.address);
  const mismatches: string[] = [];
  const { count, ready: readyCount, addresses } = check.expect;
  if (count !== undefined && all.length !== count)
    mismatches.push(`expected ${count} endpoint(s), found ${all.length}`);
  if (readyCount !== undefined && ready.length !== readyCount) {
    mismatches.push(`expected ${readyCount} ready endpoint(s), found ${ready.length}`);
  }
  if (addresses !== undefined) {
    const { missing, extra } = compareSets(addresses, readyAddresses);
    if (missing.length) mismatches.push(`not among the ready endpoints: ${missing.join(', ')}`);
    if (extra.length) mismatches.push(`unexpected ready endpoints: ${extra.join(', ')}`);
  }
  const describe = (e: ObservedEndpoint): string => `${e.address}${e.pod ? ` (${e.pod})` : ''}`;
  const details =
    all.length === 0
      ? `Service ${check.service} has no endpoints: no Pod matches its selector (or it has no selector and no EndpointSlice)`
      : `Service ${check.service} has ${ready.length} ready endpoint(s)${ready.length ? `: ${ready.map(describe).join(', ')}` : ''}` +
        (notReady.length
          ? `; not ready (kube-proxy sends them nothing): ${notReady.map(describe).join(', ')}`
          : '');
  return conclude(check.negate, {
    observed: {
      count: all.length,
      ready: ready.length,
      addresses: readyAddresses,
      notReady: notReady.map((e) => e.address),
    },
    expected: check.expect,
    mismatches,
    details,
  });
}
