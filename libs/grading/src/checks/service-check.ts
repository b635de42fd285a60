/** Service checks: type and ports as the cluster allocated them. */
import type { Service, ServicePort } from '@app/kube';
import type { Simulation } from '@app/netsim';
import type { ExpectedServicePort, ServiceCheck } from '../spec/exercise-spec';
import { conclude, show, type CheckOutcome } from './check-outcome';
import { resolveService } from './targets';

const portLabel = (p: { port: number; protocol?: string }): string =>
  `${p.port}/${p.protocol ?? 'TCP'}`;

/**
 * Compares the stored Service (after admission: allocated nodePorts, defaulted targetPorts)
 * with `type` and each expected port — found by port number and protocol (TCP when omitted),
 * then compared on name, targetPort (defaulting to the port) and nodePort when given. Ports not
 * listed in the expectation are ignored. Observed: `{type, clusterIP, ports}`. Throws NotFound
 * when the Service does not exist.
 */
export function runServiceCheck(sim: Simulation, check: ServiceCheck): CheckOutcome {
  const svc = resolveService(sim, check.service);
  const type = svc.spec.type ?? 'ClusterIP';
  const ports = svc.spec.ports ?? [];
  const mismatches: string[] = [];
  if (check.expect.type !== undefined && check.expect.type !== type) {
    mismatches.push(`expected type ${check.expect.type}, got ${type}`);
  }
  for (const want of check.expect.ports ?? []) mismatches.push(...comparePort(want, ports));
  const observed = {
    type,
    ...(svc.spec.clusterIP ? { clusterIP: svc.spec.clusterIP } : {}),
    ...(svc.spec.externalName ? { externalName: svc.spec.externalName } : {}),
    ports: ports.map((p) => ({
      port: p.port,
      protocol: p.protocol ?? 'TCP',
      ...(p.name ? { name: p.name } : {}),
      targetPort: p.targetPort ?? p.port,
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
    })),
  };
  return conclude(check.negate, {
    observed,
    expected: check.expect,
    mismatches,
    details: describe(check.service, svc),
  });
}

function comparePort(want: ExpectedServicePort, ports: readonly ServicePort[]): string[] {
  const protocol = want.protocol ?? 'TCP';
  const got = ports.find((p) => p.port === want.port && (p.protocol ?? 'TCP') === protocol);
  if (!got) return [`no port ${portLabel(want)}`];
  const out: string[] = [];
  if (want.name !== undefined && want.name !== (got.name ?? ''))
    out.push(`port ${portLabel(want)} is named ${show(got.name ?? '')}, not ${show(want.name)}`);
  const target = got.targetPort ?? got.port;
  if (want.targetPort !== undefined && String(want.targetPort) !== String(target)) {
    out.push(`port ${portLabel(want)} targets ${show(target)}, not ${show(want.targetPort)}`);
  }
  if (want.nodePort !== undefined && want.nodePort !== got.nodePort) {
    out.push(
      `port ${portLabel(want)} has nodePort ${got.nodePort ?? 'none'}, not ${want.nodePort}`,
    );
  }
  return out;
}

function describe(ref: string, svc: Service): string {
  const type = svc.spec.type ?? 'ClusterIP';
  if (type === 'ExternalName')
    return `Service ${ref} is ExternalName → ${svc.spec.externalName ?? '?'}`;
  const ports = (svc.spec.ports ?? [])
    .map(
      (p) =>
        `${portLabel(p)}→${p.targetPort ?? p.port}${p.nodePort ? ` (nodePort ${p.nodePort})` : ''}`,
    )
    .join(', ');
  return `Service ${ref} is ${type} ${svc.spec.clusterIP ?? ''} with ports ${ports || 'none'}`.replace(
    '  ',
    ' ',
  );
}
