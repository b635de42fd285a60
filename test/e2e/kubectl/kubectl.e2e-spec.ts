import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';
import { header, kubectlFor, kubectlInstalled, row, table, type Kubectl } from './kubectl-runner';

/**
 * Real, unmodified kubectl binaries against the Kubernetes facade over HTTPS on PostgreSQL:
 * one cluster per kubectl version, the lab commands of issue 6 in the order a learner types
 * them, and the same objects seen through REST and GraphQL.
 */
const VERSIONS = ['1.27', '1.32', '1.33'].filter(kubectlInstalled);
const MANIFESTS = join(__dirname, '..', '..', 'fixtures', 'manifests');
const manifest = (name: string) => join(MANIFESTS, name);

const OBJECTS = `query Objects($id: ID!, $kind: String) {
  cluster(id: $id) { objects(kind: $kind) { kind namespace name object } }
}`;

describe('kubectl against the Kubernetes facade', () => {
  let t: TestApp;
  let key: string;
  let api: ReturnType<typeof as>;
  let workDir: string;

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    key = (await t.newTenant('kubectl')).adminKey;
    api = as(t.http, key);
    workDir = mkdtempSync(join(tmpdir(), 'kns-kubectl-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('has at least one kubectl binary to drive', () => {
    expect(VERSIONS.length).toBeGreaterThan(0);
  });

  describe.each(VERSIONS)('kubectl %s', (version) => {
    let k: Kubectl;
    let clusterId: string;

    beforeAll(async () => {
      const created = await api
        .post('/v1/clusters')
        .send({ name: `kubectl-${version.replace('.', '-')}` });
      expect(created.status).toBe(201);
      clusterId = created.body.id;
      const kubeconfig = await api.get(`/v1/clusters/${clusterId}/kubeconfig`);
      expect(kubeconfig.status).toBe(200);
      expect(kubeconfig.text).toContain(`/v1/clusters/${clusterId}/k8s`);
      k = kubectlFor(version, join(workDir, version), kubeconfig.text);
    });

    it('successful: version, api-resources and get ns,nodes', async () => {
      const v = await k.run(['version']);
      expect(v.code).toBe(0);
      expect(v.stdout).toContain('v1.32.0-sandbox');

      const resources = await k.run(['api-resources']);
      expect(resources.code).toBe(0);
      expect(header(resources.stdout)).toEqual([
        'NAME',
        'SHORTNAMES',
        'APIVERSION',
        'NAMESPACED',
        'KIND',
      ]);
      expect(row(resources.stdout, 'services')).toEqual([
        'services',
        'svc',
        'v1',
        'true',
        'Service',
      ]);
      expect(row(resources.stdout, 'deployments')).toEqual([
        'deployments',
        'deploy',
        'apps/v1',
        'true',
        'Deployment',
      ]);

      const got = await k.run(['get', 'ns,nodes']);
      expect(got.code).toBe(0);
      expect(got.stdout).toMatch(/^NAME\s+STATUS\s+AGE$/m);
      expect(row(got.stdout, 'namespace/default')?.slice(0, 2)).toEqual([
        'namespace/default',
        'Active',
      ]);
      expect(got.stdout).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/m);
      expect(row(got.stdout, 'node/node-1')?.[1]).toBe('Ready');
    });

    it('successful: create deployment, expose, scale and get -o wide', async () => {
      const create = await k.run(['create', 'deployment', 'web', '--image=nginx', '--replicas=3']);
      expect(create).toMatchObject({ code: 0, stdout: 'deployment.apps/web created\n' });
      const expose = await k.run([
        'expose',
        'deployment',
        'web',
        '--port=80',
        '--target-port=8080',
      ]);
      expect(expose).toMatchObject({ code: 0, stdout: 'service/web exposed\n' });
      const scale = await k.run(['scale', 'deployment', 'web', '--replicas=5']);
      expect(scale).toMatchObject({ code: 0, stdout: 'deployment.apps/web scaled\n' });

      const wide = await k.run(['get', 'svc,endpointslices,pods', '-o', 'wide']);
      expect(wide.code).toBe(0);
      const blocks = wide.stdout.split('\n\n').map((b) => table(b));
      expect(blocks[0][0]).toEqual([
        'NAME',
        'TYPE',
        'CLUSTER-IP',
        'EXTERNAL-IP',
        'PORT(S)',
        'AGE',
        'SELECTOR',
      ]);
      const svc = blocks[0].find((r) => r[0] === 'service/web');
      expect(svc).toEqual([
        'service/web',
        'ClusterIP',
        expect.stringMatching(/^10\.(9[6-9]|1[01]\d)\.\d+\.\d+$/),
        '<none>',
        '80/TCP',
        expect.any(String),
        'app=web',
      ]);
      expect(blocks[1][0]).toEqual(['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE']);
      const slice = blocks[1].find((r) => r[0].startsWith('endpointslice.discovery.k8s.io/web-'));
      expect(slice?.slice(1, 4)).toEqual([
        'IPv4',
        '8080',
        expect.stringMatching(/^10\.244\.\d+\.\d+(,10\.244\.\d+\.\d+){2} \+ 2 more\.\.\.$/),
      ]);
      expect(blocks[2][0]).toEqual([
        'NAME',
        'READY',
        'STATUS',
        'RESTARTS',
        'AGE',
        'IP',
        'NODE',
        'NOMINATED NODE',
        'READINESS GATES',
      ]);
      const pods = blocks[2].filter((r) => r[0].startsWith('pod/web-'));
      expect(pods).toHaveLength(5);
      for (const pod of pods) {
        expect(pod.slice(1, 4)).toEqual(['1/1', 'Running', '0']);
        expect(pod[5]).toMatch(/^10\.244\.\d+\.\d+$/);
        expect(pod[6]).toMatch(/^node-\d$/);
      }

      const labels = await k.run(['get', 'pods', '-A', '--show-labels']);
      expect(labels.code).toBe(0);
      expect(header(labels.stdout)).toEqual([
        'NAMESPACE',
        'NAME',
        'READY',
        'STATUS',
        'RESTARTS',
        'AGE',
        'LABELS',
      ]);
      const web = table(labels.stdout).filter((r) => r[1].startsWith('web-'));
      expect(web).toHaveLength(5);
      expect(web[0][0]).toBe('default');
      expect(web[0][6]).toMatch(/^app=web,pod-template-hash=/);
      expect(table(labels.stdout).some((r) => r[0] === 'kube-system')).toBe(true);
    });

    it('successful: -o yaml, -o json, -o jsonpath and -o name', async () => {
      const yaml = await k.run(['get', 'svc', 'web', '-o', 'yaml']);
      expect(yaml.code).toBe(0);
      expect(yaml.stdout).toMatch(/^kind: Service$/m);
      expect(yaml.stdout).toMatch(/^ {2}resourceVersion: "\d+"$/m);

      const json = await k.run(['get', 'svc', '-o', 'json']);
      expect(json.code).toBe(0);
      const list = JSON.parse(json.stdout);
      expect(list.kind).toBe('List');
      expect(list.items.map((s: { metadata: { name: string } }) => s.metadata.name)).toEqual(
        expect.arrayContaining(['kubernetes', 'web']),
      );

      const path = await k.run([
        'get',
        'svc',
        'web',
        '-o',
        'jsonpath={.spec.ports[0].targetPort} {.spec.selector.app}',
      ]);
      expect(path).toMatchObject({ code: 0, stdout: '8080 web' });

      const names = await k.run(['get', 'deploy,svc', '-o', 'name']);
      expect(names.stdout.split('\n')).toEqual(
        expect.arrayContaining(['deployment.apps/web', 'service/kubernetes', 'service/web']),
      );
    });

    it('successful: describe svc web lists the endpoints and events', async () => {
      const described = await k.run(['describe', 'svc', 'web']);
      expect(described.code).toBe(0);
      expect(described.stdout).toMatch(/^Name:\s+web$/m);
      expect(described.stdout).toMatch(/^Selector:\s+app=web$/m);
      expect(described.stdout).toMatch(/^TargetPort:\s+8080\/TCP$/m);
      expect(described.stdout).toMatch(
        /^Endpoints:\s+10\.244\.\d+\.\d+:8080(,10\.244\.\d+\.\d+:8080){2} \+ 2 more\.\.\.$/m,
      );
      expect(described.stdout).toMatch(/^Events:\n\s+Type\s+Reason\s+Age\s+From\s+Message$/m);
      expect(described.stdout).toContain('ClusterIPAllocated');
    });

    it('successful: apply -f of the docs Service, NetworkPolicy and Ingress, then re-apply', async () => {
      const files = ['docs-service.yaml', 'docs-networkpolicy.yaml', 'docs-ingress.yaml'];
      const args = files.flatMap((f) => ['-f', manifest(f)]);
      const first = await k.run(['apply', ...args]);
      expect(first.stderr).toBe('');
      expect(first).toMatchObject({
        code: 0,
        stdout:
          'service/my-service created\n' +
          'networkpolicy.networking.k8s.io/test-network-policy created\n' +
          'ingress.networking.k8s.io/minimal-ingress created\n',
      });
      const again = await k.run(['apply', ...args]);
      expect(again).toMatchObject({
        code: 0,
        stdout:
          'service/my-service unchanged\n' +
          'networkpolicy.networking.k8s.io/test-network-policy unchanged\n' +
          'ingress.networking.k8s.io/minimal-ingress unchanged\n',
      });
      const got = await k.run(['get', 'netpol,ing']);
      expect(row(got.stdout, 'networkpolicy.networking.k8s.io/test-network-policy')?.[1]).toBe(
        'role=db',
      );
      expect(row(got.stdout, 'ingress.networking.k8s.io/minimal-ingress')?.slice(1, 3)).toEqual([
        'nginx-example',
        '*',
      ]);

      const ssa = await k.run(['apply', '--server-side', '-f', manifest('docs-service.yaml')]);
      expect(ssa).toMatchObject({ code: 0, stdout: 'service/my-service serverside-applied\n' });
      const dry = await k.run(['apply', '--dry-run=server', '-f', manifest('docs-service.yaml')]);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(
        /^service\/my-service (unchanged|configured) \(server dry run\)$/m,
      );
    });

    it('successful: label, annotate and patch --type merge|json|strategic', async () => {
      expect(await k.run(['label', 'svc', 'my-service', 'env=dev'])).toMatchObject({
        code: 0,
        stdout: 'service/my-service labeled\n',
      });
      // kubectl 1.27 prints "annotate" (its own wording), later versions "annotated"
      const annotated = await k.run(['annotate', 'svc', 'my-service', 'owner=lab']);
      expect(annotated.code).toBe(0);
      expect(annotated.stdout).toMatch(/^service\/my-service annotated?\n$/);
      const merge = await k.run([
        'patch',
        'svc',
        'my-service',
        '--type',
        'merge',
        '-p',
        '{"metadata":{"labels":{"tier":"frontend"}}}',
      ]);
      expect(merge).toMatchObject({ code: 0, stdout: 'service/my-service patched\n' });
      const json = await k.run([
        'patch',
        'svc',
        'my-service',
        '--type',
        'json',
        '-p',
        '[{"op":"replace","path":"/spec/sessionAffinity","value":"ClientIP"}]',
      ]);
      expect(json).toMatchObject({ code: 0, stdout: 'service/my-service patched\n' });
      const strategic = await k.run([
        'patch',
        'svc',
        'my-service',
        '--type',
        'strategic',
        '-p',
        '{"spec":{"ports":[{"port":80,"targetPort":9377}]}}',
      ]);
      expect(strategic).toMatchObject({ code: 0, stdout: 'service/my-service patched\n' });
      const got = await k.run(['get', 'svc', 'my-service', '-o', 'json']);
      const svc = JSON.parse(got.stdout);
      expect(svc.metadata.labels).toEqual({ env: 'dev', tier: 'frontend' });
      expect(svc.metadata.annotations.owner).toBe('lab');
      expect(svc.spec.sessionAffinity).toBe('ClientIP');
      // the strategic merge kept the port entry (merged by `port`) and changed only targetPort
      expect(svc.spec.ports).toEqual([{ port: 80, protocol: 'TCP', targetPort: 9377 }]);

      const conflict = await k.run(['apply', '--server-side', '-f', manifest('docs-service.yaml')]);
      expect(conflict.code).toBe(1);
      expect(conflict.stderr).toContain(
        'error: Apply failed with 1 conflict: conflict with "kubectl-patch" using v1: .spec.ports[port=80,protocol="TCP"].targetPort',
      );
      const forced = await k.run([
        'apply',
        '--server-side',
        '--force-conflicts',
        '-f',
        manifest('docs-service.yaml'),
      ]);
      expect(forced).toMatchObject({ code: 0, stdout: 'service/my-service serverside-applied\n' });
    });

    it('successful: get svc -w prints the list, then a Service created meanwhile', async () => {
      const watch = k.start(['get', 'svc', '-w']);
      try {
        await watch.waitFor(/^NAME\s+TYPE\s+CLUSTER-IP/m);
        await watch.waitFor(/^web\s+ClusterIP/m);
        const created = await k.run(['create', 'service', 'clusterip', 'watched', '--tcp=81:8081']);
        expect(created).toMatchObject({ code: 0, stdout: 'service/watched created\n' });
        const out = await watch.waitFor(/^watched\s+ClusterIP/m);
        expect(out).toMatch(/^watched\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+81\/TCP\s+\d+s$/m);
      } finally {
        await watch.stop();
      }
    });

    it('successful: create namespace|service|ingress|secret (protobuf bodies from 1.32 on)', async () => {
      expect(await k.run(['create', 'namespace', 'team-a'])).toMatchObject({
        code: 0,
        stdout: 'namespace/team-a created\n',
      });
      expect(
        await k.run(['create', 'service', 'nodeport', 'np', '--tcp=80:8080', '--node-port=30080']),
      ).toMatchObject({ code: 0, stdout: 'service/np created\n' });
      expect(
        await k.run([
          'create',
          'ingress',
          'shop',
          '--class=nginx',
          '--rule=shop.example.com/cart*=np:80,tls=shop-cert',
        ]),
      ).toMatchObject({ code: 0, stdout: 'ingress.networking.k8s.io/shop created\n' });
      expect(
        await k.run(['create', 'secret', 'generic', 'creds', '--from-literal=user=admin']),
      ).toMatchObject({ code: 0, stdout: 'secret/creds created\n' });
      const secret = await k.run(['get', 'secret', 'creds', '-o', 'jsonpath={.data.user}']);
      expect(Buffer.from(secret.stdout, 'base64').toString()).toBe('admin');
      const np = await k.run(['get', 'svc', 'np', '-o', 'jsonpath={.spec.ports[0]}']);
      expect(JSON.parse(np.stdout)).toEqual({
        name: '80-8080',
        nodePort: 30080,
        port: 80,
        protocol: 'TCP',
        targetPort: 8080,
      });
      const ing = await k.run(['get', 'ing', 'shop', '-o', 'jsonpath={.spec}']);
      expect(JSON.parse(ing.stdout)).toEqual({
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                {
                  path: '/cart',
                  pathType: 'Prefix',
                  backend: { service: { name: 'np', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
        tls: [{ hosts: ['shop.example.com'], secretName: 'shop-cert' }],
      });
    });

    it('successful: explain service.spec.ports', async () => {
      const explained = await k.run(['explain', 'service.spec.ports']);
      expect(explained.code).toBe(0);
      expect(explained.stdout).toMatch(/^KIND:\s+Service$/m);
      expect(explained.stdout).toContain('ServicePort');
      expect(explained.stdout).toContain('targetPort');
    });

    it('successful: explain reaches every upstream type, including ones the sandbox does not simulate', async () => {
      // From the generated catalog: affinity was an open object in the hand-typed one.
      const explained = await k.run([
        'explain',
        'deployment.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution',
      ]);
      expect(explained.code).toBe(0);
      expect(explained.stdout).toContain('NodeSelector');
      expect(explained.stdout).toContain('nodeSelectorTerms');
      // kubectl 1.28+ prints the enum a v3 document carries; 1.27's template does not.
      const ports = await k.run(['explain', 'service.spec.ports.protocol']);
      if (version !== '1.27') expect(ports.stdout).toMatch(/ENUM:\s+SCTP\s+TCP\s+UDP/);
    });

    it('successful: objects written with kubectl read the same through REST and GraphQL, and back', async () => {
      const viaKubectl = JSON.parse(
        (await k.run(['get', 'svc', 'web', '-o', 'json', '--show-managed-fields'])).stdout,
      );
      const rest = await api.get(
        `/v1/clusters/${clusterId}/objects?kind=Service&namespace=default`,
      );
      expect(rest.status).toBe(200);
      const restSvc = rest.body.items.find(
        (o: { metadata: { name: string } }) => o.metadata.name === 'web',
      );
      expect(restSvc).toEqual(viaKubectl);
      const gql = await api.graphql(OBJECTS, { id: clusterId, kind: 'Service' });
      expect(gql.body.errors).toBeUndefined();
      const gqlSvc = gql.body.data.cluster.objects.find((o: { name: string }) => o.name === 'web');
      expect(gqlSvc.object).toEqual(viaKubectl);

      const applied = await api
        .post(`/v1/clusters/${clusterId}/apply`)
        .set('Content-Type', 'application/yaml')
        .send(
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: from-rest\nspec:\n  selector: {app: web}\n  ports: [{port: 8081}]\n',
        );
      expect(applied.status).toBe(200);
      const got = await k.run(['get', 'svc', 'from-rest']);
      expect(got.code).toBe(0);
      expect(row(got.stdout, 'from-rest')?.slice(1, 5)).toEqual([
        'ClusterIP',
        expect.stringMatching(/^10\./),
        '<none>',
        '8081/TCP',
      ]);
    });

    it('successful: delete -f removes what apply -f created', async () => {
      const files = ['docs-ingress.yaml', 'docs-networkpolicy.yaml'];
      const deleted = await k.run(['delete', ...files.flatMap((f) => ['-f', manifest(f)])]);
      expect(deleted).toMatchObject({
        code: 0,
        stdout:
          'ingress.networking.k8s.io "minimal-ingress" deleted\n' +
          'networkpolicy.networking.k8s.io "test-network-policy" deleted\n',
      });
      const gone = await k.run(['get', 'netpol', 'test-network-policy']);
      expect(gone.code).toBe(1);
      expect(gone.stderr).toContain(
        'Error from server (NotFound): networkpolicies.networking.k8s.io "test-network-policy" not found',
      );
    });

    it('failing: an invalid manifest prints the "is invalid" lines', async () => {
      const invalid = await k.run(['apply', '-f', manifest('invalid-service.yaml')]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain('The Service "bad" is invalid: \n');
      expect(invalid.stderr).toContain(
        '* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
      );
      expect(invalid.stderr).toContain(
        '* spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      );
    });

    it('failing: a misspelt field is refused by strict validation, and only warned about with --validate=warn', async () => {
      const strict = await k.run(['create', '-f', manifest('unknown-field.yaml')]);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain(
        'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selectorr"',
      );
      const warned = await k.run([
        'create',
        '--validate=warn',
        '-f',
        manifest('unknown-field.yaml'),
      ]);
      expect(warned.code).toBe(0);
      expect(warned.stderr).toContain('Warning: unknown field "spec.selectorr"');
      await k.run(['delete', 'svc', 'typo']);
    });

    it('failing: get svc nope is NotFound, create twice is AlreadyExists', async () => {
      const missing = await k.run(['get', 'svc', 'nope']);
      expect(missing).toMatchObject({
        code: 1,
        stderr: 'Error from server (NotFound): services "nope" not found\n',
      });
      const again = await k.run(['create', '-f', manifest('docs-service.yaml')]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(
        `Error from server (AlreadyExists): error when creating "${manifest('docs-service.yaml')}": services "my-service" already exists`,
      );
    });

    it('failing: a bad token must log in', async () => {
      const denied = await k.run(['get', 'svc'], { token: 'not-a-key' });
      expect(denied.code).toBe(1);
      expect(denied.stderr).toContain('error: You must be logged in to the server');
    });
  });
});
