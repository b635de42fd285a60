/**
 * Service environment variables, as pkg/kubelet/envvars/envvars.go FromServices and
 * makeLinkVariables write them.
 */
import type { Service } from '@app/kube';
import { serviceClusterIPs } from '../cluster-index';

export interface EnvVarPair {
  name: string;
  value: string;
}

/** makeEnvVariableName: upper case, '-' → '_' (dots and leading digits are left alone, as upstream). */
export const envVarName = (name: string): string => name.replace(/-/g, '_').toUpperCase();

/**
 * The variables of each Service, in the given order. Services without a ClusterIP (headless,
 * ExternalName, not yet allocated) or without ports contribute nothing. Per Service:
 * `{SVC}_SERVICE_HOST`, `{SVC}_SERVICE_PORT` (first port), `{SVC}_SERVICE_PORT_{NAME}` per named
 * port, then the Docker-link variables `{SVC}_PORT` (first port, "tcp://ip:port"), and per port
 * `{SVC}_PORT_{port}_{PROTO}`, `…_PROTO`, `…_PORT`, `…_ADDR`.
 */
export function serviceEnvVars(services: readonly Service[]): EnvVarPair[] {
  const out: EnvVarPair[] = [];
  for (const svc of services) {
    const ip = serviceClusterIPs(svc)[0];
    const ports = svc.spec.ports ?? [];
    if (!ip || !ports.length) continue;
    const prefix = envVarName(svc.metadata.name ?? '');
    out.push({ name: `${prefix}_SERVICE_HOST`, value: ip });
    out.push({ name: `${prefix}_SERVICE_PORT`, value: String(ports[0].port) });
    for (const p of ports) {
      if (p.name)
        out.push({ name: `${prefix}_SERVICE_PORT_${envVarName(p.name)}`, value: String(p.port) });
    }
    ports.forEach((p, i) => {
      const proto = (p.protocol ?? 'TCP').toLowerCase();
      const url = `${proto}://${ip}:${p.port}`;
      // Docker special-cases the first port.
      if (i === 0) out.push({ name: `${prefix}_PORT`, value: url });
      const portPrefix = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`;
      out.push(
        { name: portPrefix, value: url },
        { name: `${portPrefix}_PROTO`, value: proto },
        { name: `${portPrefix}_PORT`, value: String(p.port) },
        { name: `${portPrefix}_ADDR`, value: ip },
      );
    });
  }
  return out;
}
