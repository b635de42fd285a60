/**
 * Service environment variables: pkg/kubelet/envvars/envvars_test.go (TestFromServices),
 * kubelet_pods_test.go (TestMakeEnvironmentVariables, enableServiceLinks cases) and the
 * Kubernetes docs ("Service" → Environment variables; "Connecting Applications with Services").
 */
import { KubeError } from '@app/kube';
import { endpointSliceFor, hamAndEggs, pod, service, simulate } from '../simulation.fixtures';
import { serviceEnvVars } from './service-env';

describe('Service environment variables', () => {
  it('writes the envvars_test.go variables for a two-port Service', () => {
    const svc = service('default', 'foo-bar', {
      clusterIP: '1.2.3.4',
      ports: [
        { name: 'http', port: 8080, protocol: 'TCP' },
        { name: 'udp', port: 8081, protocol: 'UDP' },
      ],
    });
    expect(serviceEnvVars([svc])).toEqual([
      { name: 'FOO_BAR_SERVICE_HOST', value: '1.2.3.4' },
      { name: 'FOO_BAR_SERVICE_PORT', value: '8080' },
      { name: 'FOO_BAR_SERVICE_PORT_HTTP', value: '8080' },
      { name: 'FOO_BAR_SERVICE_PORT_UDP', value: '8081' },
      { name: 'FOO_BAR_PORT', value: 'tcp://1.2.3.4:8080' },
      { name: 'FOO_BAR_PORT_8080_TCP', value: 'tcp://1.2.3.4:8080' },
      { name: 'FOO_BAR_PORT_8080_TCP_PROTO', value: 'tcp' },
      { name: 'FOO_BAR_PORT_8080_TCP_PORT', value: '8080' },
      { name: 'FOO_BAR_PORT_8080_TCP_ADDR', value: '1.2.3.4' },
      { name: 'FOO_BAR_PORT_8081_UDP', value: 'udp://1.2.3.4:8081' },
      { name: 'FOO_BAR_PORT_8081_UDP_PROTO', value: 'udp' },
      { name: 'FOO_BAR_PORT_8081_UDP_PORT', value: '8081' },
      { name: 'FOO_BAR_PORT_8081_UDP_ADDR', value: '1.2.3.4' },
    ]);
  });

  it('skips headless and ExternalName Services (IsServiceIPSet)', () => {
    const headless = service('default', 'db', { clusterIP: 'None', ports: [{ port: 5432 }] });
    const ext = service('default', 'search', {
      type: 'ExternalName',
      externalName: 'search.example.com',
    });
    expect(serviceEnvVars([headless, ext])).toEqual([]);
  });

  it('gives the docs redis-primary example its seven variables', () => {
    const redis = service('default', 'redis-primary', {
      clusterIP: '10.0.0.11',
      ports: [{ port: 6379, protocol: 'TCP' }],
    });
    const vars = Object.fromEntries(serviceEnvVars([redis]).map((e) => [e.name, e.value]));
    expect(vars).toEqual({
      REDIS_PRIMARY_SERVICE_HOST: '10.0.0.11',
      REDIS_PRIMARY_SERVICE_PORT: '6379',
      REDIS_PRIMARY_PORT: 'tcp://10.0.0.11:6379',
      REDIS_PRIMARY_PORT_6379_TCP: 'tcp://10.0.0.11:6379',
      REDIS_PRIMARY_PORT_6379_TCP_PROTO: 'tcp',
      REDIS_PRIMARY_PORT_6379_TCP_PORT: '6379',
      REDIS_PRIMARY_PORT_6379_TCP_ADDR: '10.0.0.11',
    });
  });

  describe('ham and eggs (services created before the Pod only)', () => {
    const { objects } = hamAndEggs();
    const sim = simulate(objects);

    it('ham, created after both Services, sees eggs-svc, ham-svc and kubernetes', () => {
      const env = sim.env('default', 'ham');
      expect(env.services).toEqual(['default/kubernetes', 'default/eggs-svc', 'default/ham-svc']);
      expect(env.variables.EGGS_SVC_SERVICE_HOST).toBe('10.96.0.20');
      expect(env.variables.EGGS_SVC_SERVICE_PORT_HTTP).toBe('80');
      expect(env.variables.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1');
      expect(env.variables.KUBERNETES_SERVICE_PORT).toBe('443');
      expect(env.variables.KUBERNETES_PORT_443_TCP).toBe('tcp://10.96.0.1:443');
    });

    it('a Pod created before its Service gets no env vars for it', () => {
      const env = sim.env('default', 'eggs');
      expect(env.services).toEqual(['default/kubernetes']);
      expect(env.variables.EGGS_SVC_SERVICE_HOST).toBeUndefined();
      expect(env.explanation.join(' ')).toContain(
        'No variables for default/eggs-svc: it was created after the Pod',
      );
    });
  });

  it('only injects Services of the Pod namespace (plus default/kubernetes)', () => {
    const other = service('kube-public', 'info', {
      clusterIP: '10.96.0.77',
      ports: [{ port: 80 }],
    });
    const sim = simulate([other, pod('default', 'p', { ip: '10.244.1.5' })]);
    expect(sim.env('default', 'p').services).toEqual(['default/kubernetes']);
  });

  it('enableServiceLinks: false still injects the kubernetes master Service variables', () => {
    const svc = service('default', 'api', { clusterIP: '10.96.0.30', ports: [{ port: 80 }] });
    const sim = simulate([
      svc,
      pod('default', 'quiet', { ip: '10.244.1.6', spec: { enableServiceLinks: false } }),
    ]);
    const env = sim.env('default', 'quiet');
    expect(env.services).toEqual(['default/kubernetes']);
    expect(env.variables.API_SERVICE_HOST).toBeUndefined();
    expect(env.variables.KUBERNETES_SERVICE_HOST).toBe('10.96.0.1');
  });

  it('a Service named kubernetes in the Pod namespace replaces default/kubernetes (getServiceEnvVarMap)', () => {
    const shadow = service('team', 'kubernetes', {
      clusterIP: '10.96.0.99',
      ports: [{ port: 8443 }],
    });
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } };
    const sim = simulate([ns, shadow, pod('team', 'p', { ip: '10.244.1.7' })]);
    expect(sim.env('team', 'p').variables.KUBERNETES_SERVICE_HOST).toBe('10.96.0.99');
  });

  it('expands $(VAR) like TestMakeEnvironmentVariables and lets container env win over Service vars', () => {
    const svc = service('default', 'test', { clusterIP: '1.2.3.1', ports: [{ port: 8083 }] });
    const p = pod('default', 'dapi-test-pod-name', {
      ip: '10.244.1.8',
      containers: [
        {
          name: 'main',
          env: [
            { name: 'TEST_LITERAL', value: 'test-test-test' },
            { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'OUT_OF_ORDER_TEST', value: '$(OUT_OF_ORDER_TARGET)' },
            { name: 'OUT_OF_ORDER_TARGET', value: 'FOO' },
            { name: 'EMPTY_VAR' },
            { name: 'EMPTY_TEST', value: 'foo-$(EMPTY_VAR)' },
            { name: 'POD_NAME_TEST2', value: 'test2-$(POD_NAME)' },
            { name: 'POD_NAME_TEST3', value: '$(POD_NAME_TEST2)-3' },
            { name: 'LITERAL_TEST', value: 'literal-$(TEST_LITERAL)' },
            { name: 'SERVICE_VAR_TEST', value: '$(TEST_SERVICE_HOST):$(TEST_SERVICE_PORT)' },
            { name: 'TEST_UNDEFINED', value: '$(UNDEFINED_VAR)' },
            { name: 'ESCAPED', value: '$$(TEST_LITERAL) costs $5' },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'TEST_SERVICE_PORT', value: 'overridden' },
          ],
        },
      ],
    });
    const env = simulate([svc, p]).env('default', 'dapi-test-pod-name');
    expect(env.variables).toMatchObject({
      POD_NAME: 'dapi-test-pod-name',
      OUT_OF_ORDER_TEST: '$(OUT_OF_ORDER_TARGET)',
      EMPTY_TEST: 'foo-',
      POD_NAME_TEST2: 'test2-dapi-test-pod-name',
      POD_NAME_TEST3: 'test2-dapi-test-pod-name-3',
      LITERAL_TEST: 'literal-test-test-test',
      SERVICE_VAR_TEST: '1.2.3.1:8083',
      TEST_UNDEFINED: '$(UNDEFINED_VAR)',
      ESCAPED: '$(TEST_LITERAL) costs $5',
      PASSWORD: '<secretKeyRef db/password>',
      TEST_SERVICE_PORT: 'overridden',
      TEST_SERVICE_HOST: '1.2.3.1',
    });
    expect(env.order.slice(0, 3)).toEqual(['TEST_LITERAL', 'POD_NAME', 'OUT_OF_ORDER_TEST']);
    expect(env.order.filter((n) => n === 'TEST_SERVICE_PORT')).toHaveLength(1);
  });

  it('reads the named container, and refuses an unknown one', () => {
    const p = pod('default', 'two', {
      ip: '10.244.1.9',
      containers: [
        { name: 'app', env: [{ name: 'ROLE', value: 'app' }] },
        { name: 'sidecar', env: [{ name: 'ROLE', value: 'sidecar' }] },
      ],
    });
    const sim = simulate([p]);
    expect(sim.env('default', 'two').variables.ROLE).toBe('app');
    expect(sim.env('default', 'two', 'sidecar').variables.ROLE).toBe('sidecar');
    expect(() => sim.env('default', 'two', 'nope')).toThrow(KubeError);
    expect(() => sim.env('default', 'ghost')).toThrow(KubeError);
  });

  it('ignores endpoints: a Service without ready Pods still gets its variables', () => {
    const svc = service('default', 'empty', {
      clusterIP: '10.96.0.40',
      selector: { app: 'none' },
      ports: [{ port: 80 }],
    });
    const sim = simulate([
      svc,
      endpointSliceFor(svc, []),
      pod('default', 'p', { ip: '10.244.1.11' }),
    ]);
    expect(sim.env('default', 'p').variables.EMPTY_SERVICE_HOST).toBe('10.96.0.40');
  });
});
