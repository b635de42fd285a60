/** Ingress route checks: which backend the cluster's Ingress controller picks for a URL. */
import type { Simulation } from '@app/netsim';
import type { IngressRouteCheck } from '../spec/exercise-spec';
import { conclude, sentences, show, type CheckOutcome } from './check-outcome';

const qualify = (service: string, ingress: string | undefined): string =>
  service.includes('/') || !ingress ? service : `${ingress.split('/')[0]}/${service}`;

/**
 * Routes `check.url` and compares `matched`, and when given the backend Service
 * ("ns/name", or "name" in the Ingress's namespace), its port (number or name as the Ingress
 * writes it) and, for https URLs, the TLS Secret presented. Observed: `{matched, ingress?,
 * service?, port?, tlsSecret?}`; the explanation is the router's reason.
 */
export function runIngressRouteCheck(sim: Simulation, check: IngressRouteCheck): CheckOutcome {
  const answer = sim.ingressRoute({
    url: check.url,
    ...(check.ingressClass ? { ingressClass: check.ingressClass } : {}),
  });
  const backend = answer.backend && 'service' in answer.backend ? answer.backend : undefined;
  const service = backend?.service ? qualify(backend.service, answer.ingress) : undefined;
  const tlsSecret = answer.tls?.secretName;
  const observed = {
    matched: answer.matched,
    ...(answer.ingress ? { ingress: answer.ingress } : {}),
    ...(service ? { service } : {}),
    ...(backend?.port !== undefined ? { port: backend.port } : {}),
    ...(tlsSecret ? { tlsSecret } : {}),
  };
  const mismatches: string[] = [];
  const want = check.expect;
  if (answer.matched !== want.matched) {
    mismatches.push(
      want.matched
        ? `no Ingress rule routes ${check.url}`
        : `${check.url} is routed to ${service ?? 'a backend'}`,
    );
  }
  if (want.service !== undefined && answer.matched) {
    const expected = qualify(want.service, answer.ingress);
    if (service !== expected)
      mismatches.push(`expected Service ${expected}, routed to ${show(service)}`);
  }
  if (want.port !== undefined && answer.matched && String(backend?.port) !== String(want.port)) {
    mismatches.push(`expected port ${show(want.port)}, got ${show(backend?.port)}`);
  }
  if (want.tlsSecret !== undefined && tlsSecret !== want.tlsSecret) {
    mismatches.push(
      tlsSecret
        ? `the certificate comes from Secret ${tlsSecret}, not ${want.tlsSecret}`
        : `no TLS Secret is presented for ${check.url} (the controller's default certificate)`,
    );
  }
  const details = sentences(answer.reason, ...(answer.tlsProblems ?? []));
  return conclude(check.negate, { observed, expected: want, mismatches, details });
}
