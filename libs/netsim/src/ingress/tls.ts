/**
 * Checks an Ingress's TLS Secrets the way the Kubernetes Ingress docs ("TLS") describe them: a
 * Secret in the Ingress's namespace, of type `kubernetes.io/tls`, holding `tls.crt` and `tls.key`
 * (kubernetes/website content/en/docs/concepts/services-networking/ingress.md; the key names are
 * core/v1 TLSCertKey and TLSPrivateKeyKey).
 */
import type { Ingress, Secret } from '@app/kube';

export const SECRET_TYPE_TLS = 'kubernetes.io/tls';
export const TLS_CERT_KEY = 'tls.crt';
export const TLS_PRIVATE_KEY_KEY = 'tls.key';

/**
 * Problems with the Secrets named by `ingress.spec.tls[*].secretName`, one sentence each, in
 * spec order; empty when all are usable. Reported per Secret (a name repeated in several TLS
 * sections is checked once):
 * - the Secret does not exist in the Ingress's namespace (Secrets elsewhere do not count);
 * - its type is not `kubernetes.io/tls` (a missing type means Opaque);
 * - it lacks `tls.crt` or `tls.key` in `data`/`stringData`, or the value is empty.
 * A TLS section without secretName is not a problem here: the controller then presents its
 * default certificate (reported by the route answer). Certificates are not parsed.
 */
export function tlsProblems(ingress: Ingress, secrets: readonly Secret[]): string[] {
  const namespace = ingress.metadata.namespace ?? 'default';
  const problems: string[] = [];
  const seen = new Set<string>();
  (ingress.spec?.tls ?? []).forEach((section, index) => {
    const name = section.secretName;
    if (!name || seen.has(name)) return;
    seen.add(name);
    const field = `spec.tls[${index}].secretName`;
    const secret = secrets.find(
      (s) => s.metadata.name === name && (s.metadata.namespace ?? 'default') === namespace,
    );
    if (!secret) {
      problems.push(
        `${field}: Secret "${namespace}/${name}" not found (a TLS Secret must be in the Ingress's namespace)`,
      );
      return;
    }
    const type = secret.type || 'Opaque';
    if (type !== SECRET_TYPE_TLS) {
      problems.push(
        `${field}: Secret "${namespace}/${name}" has type "${type}", not "${SECRET_TYPE_TLS}"`,
      );
    }
    for (const k of [TLS_CERT_KEY, TLS_PRIVATE_KEY_KEY]) {
      const value = secret.data?.[k] ?? secret.stringData?.[k];
      if (value === undefined)
        problems.push(`${field}: Secret "${namespace}/${name}" has no "${k}" key`);
      else if (value === '')
        problems.push(`${field}: Secret "${namespace}/${name}" has an empty "${k}"`);
    }
  });
  return problems;
}
