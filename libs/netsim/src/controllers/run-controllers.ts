import type { AdmissionRun } from '../admission/admission-run';
import { reconcileDeployments } from './deployment-controller';
import { reconcileEndpoints } from './endpoints-controller';
import { reconcileEndpointSlices } from './endpoint-slice-controller';
import { collectGarbage } from './garbage-collector';
import { finishTerminations } from '../lifecycle/termination';
import { passDueProbes } from '../lifecycle/readiness';
import { retryUnschedulable } from '../lifecycle/reschedule';
import { reconcileGateways } from './gateway-controller';

const union = (...sets: Array<ReadonlySet<string>>): Set<string> => {
  const out = new Set<string>();
  for (const s of sets) for (const v of s) out.add(v);
  return out;
};

/**
 * Runs the controllers once, in dependency order, over what the request changed: Pods whose grace
 * period is over are removed and Pods whose readiness probe is due become Ready, then garbage
 * collection and the scheduler's retry of Pending Pods (after Node changes or removals), then
 * Deployments/ReplicaSets (namespaces with Deployment, ReplicaSet or Pod changes),
 * EndpointSlices (namespaces with Service or Pod changes; all when a Node changed, zones feed the
 * slices), then Endpoints (namespaces whose Services or slices changed).
 */
export function runControllers(run: AdmissionRun, clockTick = false): void {
  const s = run.state;
  // Whatever the clock has ended is gone before anything else looks at the cluster.
  finishTerminations(run);
  passDueProbes(run);
  collectGarbage(run);
  retryUnschedulable(run);
  reconcileDeployments(
    run,
    union(
      s.dirtyNamespaces('Deployment'),
      s.dirtyNamespaces('ReplicaSet'),
      s.dirtyNamespaces('Pod'),
    ),
    clockTick,
  );
  // Before the slices: it creates the Gateways' LoadBalancer Services.
  reconcileGateways(run);
  const nodesChanged = s.dirtyNamespaces('Node').size > 0;
  const sliceNamespaces = nodesChanged
    ? new Set(s.namespacesOf('Service'))
    : union(
        s.dirtyNamespaces('Service'),
        s.dirtyNamespaces('Pod'),
        s.dirtyNamespaces('EndpointSlice'),
      );
  reconcileEndpointSlices(run, sliceNamespaces, nodesChanged);
  reconcileEndpoints(
    run,
    union(
      s.dirtyNamespaces('Service'),
      s.dirtyNamespaces('EndpointSlice'),
      s.dirtyNamespaces('Endpoints'),
    ),
  );
  collectGarbage(run);
}
