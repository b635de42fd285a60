/**
 * Source: kubernetes/website content/en/docs/concepts/services-networking/ingress.md, "TLS":
 * the Secret must contain tls.crt and tls.key and is of type kubernetes.io/tls.
 */
import type { Secret } from '@app/kube';
import { ingress, path, rule, svc } from './ingress-test-helpers';
import { tlsProblems } from './tls';

function secret(
  name: string,
  type: string | undefined,
  data: Record<string, string>,
  namespace = 'default',
): Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace },
    ...(type ? { type } : {}),
    data,
  };
}

const rules = [rule('https-example.foo.com', path('/', 'Prefix', svc('service1', 80)))];
const tlsIngress = (secretName: string | undefined, namespace = 'default') =>
  ingress('tls-example-ingress', rules, {
    namespace,
    tls: [{ hosts: ['https-example.foo.com'], ...(secretName ? { secretName } : {}) }],
  });

describe('tlsProblems', () => {
  it('the docs example Secret (testsecret-tls) is fine', () => {
    const ok = secret('testsecret-tls', 'kubernetes.io/tls', {
      'tls.crt': 'LS0tLS1CRUdJTg==',
      'tls.key': 'LS0tLS1CRUdJTg==',
    });
    expect(tlsProblems(tlsIngress('testsecret-tls'), [ok])).toEqual([]);
  });

  it('a missing Secret, or one in another namespace', () => {
    const elsewhere = secret(
      'testsecret-tls',
      'kubernetes.io/tls',
      { 'tls.crt': 'x', 'tls.key': 'y' },
      'other',
    );
    expect(tlsProblems(tlsIngress('testsecret-tls'), [elsewhere])).toEqual([
      'spec.tls[0].secretName: Secret "default/testsecret-tls" not found (a TLS Secret must be in the Ingress\'s namespace)',
    ]);
  });

  it('a Secret that is not of type kubernetes.io/tls', () => {
    const opaque = secret('testsecret-tls', undefined, { 'tls.crt': 'x', 'tls.key': 'y' });
    expect(tlsProblems(tlsIngress('testsecret-tls'), [opaque])).toEqual([
      'spec.tls[0].secretName: Secret "default/testsecret-tls" has type "Opaque", not "kubernetes.io/tls"',
    ]);
  });

  it('a Secret lacking tls.crt or tls.key, or with an empty one', () => {
    const partial = secret('testsecret-tls', 'Opaque', { 'tls.crt': '' });
    expect(tlsProblems(tlsIngress('testsecret-tls'), [partial])).toEqual([
      'spec.tls[0].secretName: Secret "default/testsecret-tls" has type "Opaque", not "kubernetes.io/tls"',
      'spec.tls[0].secretName: Secret "default/testsecret-tls" has an empty "tls.crt"',
      'spec.tls[0].secretName: Secret "default/testsecret-tls" has no "tls.key" key',
    ]);
  });

  it('stringData counts as data', () => {
    const s: Secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'shop' },
      type: 'kubernetes.io/tls',
      stringData: { 'tls.crt': 'cert', 'tls.key': 'key' },
    };
    expect(tlsProblems(tlsIngress('s', 'shop'), [s])).toEqual([]);
  });

  it('each Secret once, in spec order; sections without secretName are skipped', () => {
    const ing = ingress('multi', rules, {
      tls: [
        { hosts: ['a.test'], secretName: 'a' },
        { hosts: ['b.test'] },
        { hosts: ['c.test'], secretName: 'a' },
        { hosts: ['d.test'], secretName: 'd' },
      ],
    });
    expect(tlsProblems(ing, [])).toEqual([
      'spec.tls[0].secretName: Secret "default/a" not found (a TLS Secret must be in the Ingress\'s namespace)',
      'spec.tls[3].secretName: Secret "default/d" not found (a TLS Secret must be in the Ingress\'s namespace)',
    ]);
    expect(tlsProblems(tlsIngress(undefined), [])).toEqual([]);
    expect(tlsProblems(ingress('none', rules), [])).toEqual([]);
  });
});
