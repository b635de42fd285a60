import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';
import { header, kubectlFor, kubectlInstalled, row, type Kubectl } from './kubectl-runner';

/**
 * Real kubectl 1.27 and 1.33 against the Gateway API kinds: discovery (api-resources with the
 * CRDs' short names), apply, get with the CRDs' additionalPrinterColumns, describe, explain from
 * the CRD schemas, and the CEL-rule refusal printed as kubectl prints any "is invalid" error.
 */
const VERSIONS = ['1.27', '1.33'].filter(kubectlInstalled);
const MANIFEST = join(__dirname, '..', '..', 'fixtures', 'manifests', 'gateway-api.yaml');

describe('kubectl and the Gateway API kinds', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let workDir: string;

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    api = as(t.http, (await t.newTenant('kubectl-gw')).adminKey);
    workDir = mkdtempSync(join(tmpdir(), 'kns-kubectl-gw-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('has a kubectl binary to drive', () => expect(VERSIONS.length).toBeGreaterThan(0));

  describe.each(VERSIONS)('kubectl %s', (version) => {
    let k: Kubectl;
    beforeAll(async () => {
      const id = (
        await api
          .post('/v1/clusters')
          .send({ name: `gw-${version.replace('.', '-')}` })
          .expect(201)
      ).body.id;
      const kubeconfig = await api.get(`/v1/clusters/${id}/kubeconfig`).expect(200);
      k = kubectlFor(version, join(workDir, version), kubeconfig.text);
    });

    it('successful: api-resources lists the four kinds with their short names and versions', async () => {
      const res = await k.run(['api-resources', '--api-group=gateway.networking.k8s.io']);
      expect(res.code).toBe(0);
      expect(row(res.stdout, 'gatewayclasses')).toEqual([
        'gatewayclasses',
        'gc',
        'gateway.networking.k8s.io/v1',
        'false',
        'GatewayClass',
      ]);
      expect(row(res.stdout, 'gateways')).toEqual([
        'gateways',
        'gtw',
        'gateway.networking.k8s.io/v1',
        'true',
        'Gateway',
      ]);
      expect(row(res.stdout, 'httproutes')).toEqual([
        'httproutes',
        'gateway.networking.k8s.io/v1',
        'true',
        'HTTPRoute',
      ]);
      expect(row(res.stdout, 'referencegrants')).toEqual([
        'referencegrants',
        'refgrant',
        'gateway.networking.k8s.io/v1beta1',
        'true',
        'ReferenceGrant',
      ]);
    });

    it('successful: apply -f, re-apply, and get with the CRDs’ printer columns', async () => {
      const first = await k.run(['apply', '-f', MANIFEST]);
      expect(first).toMatchObject({
        code: 0,
        stdout:
          'namespace/backends created\n' +
          'gatewayclass.gateway.networking.k8s.io/example created\n' +
          'gateway.gateway.networking.k8s.io/example-gateway created\n' +
          'httproute.gateway.networking.k8s.io/example-route created\n' +
          'referencegrant.gateway.networking.k8s.io/allow-default-routes created\n',
      });
      // kubectl sends CRD kinds a JSON merge patch; lists the server defaulted (rules, listeners)
      // differ from the manifest, so kubectl says "configured", as against a real cluster, while
      // the stored object does not change (generation stays 1).
      const again = await k.run(['apply', '-f', MANIFEST]);
      expect(again.stdout).toContain('gatewayclass.gateway.networking.k8s.io/example unchanged');
      expect(again.stdout).toMatch(
        /httproute.gateway.networking.k8s.io\/example-route (unchanged|configured)/,
      );
      const gen = await k.run([
        'get',
        'httproute',
        'example-route',
        '-o',
        'jsonpath={.metadata.generation}',
      ]);
      expect(gen.stdout).toBe('1');

      const gc = await k.run(['get', 'gc', '-o', 'wide']);
      expect(header(gc.stdout)).toEqual(['NAME', 'CONTROLLER', 'ACCEPTED', 'AGE', 'DESCRIPTION']);
      expect(row(gc.stdout, 'example')?.slice(0, 2)).toEqual([
        'example',
        'gateway.envoyproxy.io/gatewayclass-controller',
      ]);
      const gtw = await k.run(['get', 'gtw']);
      expect(header(gtw.stdout)).toEqual(['NAME', 'CLASS', 'ADDRESS', 'PROGRAMMED', 'AGE']);
      expect(row(gtw.stdout, 'example-gateway')?.[1]).toBe('example');
      const routes = await k.run(['get', 'httproutes']);
      expect(header(routes.stdout)).toEqual(['NAME', 'HOSTNAMES', 'AGE']);
      expect(row(routes.stdout, 'example-route')?.[1]).toBe('["www.example.com"]');
      const grants = await k.run(['get', 'refgrant', '-n', 'backends']);
      expect(header(grants.stdout)).toEqual(['NAME', 'AGE']);
    });

    it('successful: describe httproute and explain from the CRD schema', async () => {
      const d = await k.run(['describe', 'httproute', 'example-route']);
      expect(d.code).toBe(0);
      expect(d.stdout).toMatch(/^Name:\s+example-route$/m);
      expect(d.stdout).toMatch(/^API Version:\s+gateway.networking.k8s.io\/v1$/m);
      expect(d.stdout).toContain('/login');
      const e = await k.run(['explain', 'httproute.spec.rules.matches.path']);
      expect(e.code).toBe(0);
      expect(e.stdout).toMatch(/^KIND:\s+HTTPRoute$/m);
      expect(e.stdout).toContain('PathPrefix');
      const g = await k.run(['explain', 'gateway.spec.listeners.allowedRoutes']);
      expect(g.code).toBe(0);
      expect(g.stdout).toContain('namespaces');
    });

    it('failing: a relative path prints the CEL rule’s message', async () => {
      const file = join(workDir, `bad-route-${version}.yaml`);
      writeFileSync(
        file,
        'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: bad }\n' +
          'spec:\n  rules:\n  - matches: [{ path: { type: Exact, value: login } }]\n',
      );
      const bad = await k.run(['apply', '-f', file]);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain(
        `spec.rules[0].matches[0].path: Invalid value: "object": value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']`,
      );
    });
  });
});
