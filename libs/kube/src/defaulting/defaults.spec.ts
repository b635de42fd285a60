import type { Deployment } from '../objects/apps';
import type { Namespace, Pod, Service } from '../objects/core';
import type { EndpointSlice, NetworkPolicy } from '../objects/networking';
import { defaultObject } from './default-object';
import { imageTag } from './defaults';

// Expected values from pkg/apis/core/v1/defaults_test.go and what `kubectl get -o yaml` shows.
describe('defaultObject', () => {
  it('does not mutate its input', () => {
    const svc: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { ports: [{ port: 80 }] },
    };
    const frozen = JSON.stringify(svc);
    defaultObject(svc);
    expect(JSON.stringify(svc)).toBe(frozen);
  });

  it('Service: the docs "Defining a Service" example gets ClusterIP, TCP, targetPort and policies', () => {
    const svc: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'my-service' },
      spec: {
        selector: { 'app.kubernetes.io/name': 'MyApp' },
        ports: [
          { port: 80, targetPort: 9376 },
          { name: 'x', port: 81 },
        ],
      },
    };
    const d = defaultObject(svc);
    expect(d.spec).toEqual({
      selector: { 'app.kubernetes.io/name': 'MyApp' },
      ports: [
        { port: 80, targetPort: 9376, protocol: 'TCP' },
        { name: 'x', port: 81, targetPort: 81, protocol: 'TCP' },
      ],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      ipFamilyPolicy: 'SingleStack',
      ipFamilies: ['IPv4'],
    });
  });

  it('Service: NodePort/LoadBalancer get externalTrafficPolicy; ExternalName gets no traffic policy or families', () => {
    const base = (spec: Service['spec']): Service => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec,
    });
    const lb = defaultObject(base({ type: 'LoadBalancer', ports: [{ port: 80 }] })).spec;
    expect(lb.externalTrafficPolicy).toBe('Cluster');
    expect(lb.allocateLoadBalancerNodePorts).toBe(true);
    const en = defaultObject(
      base({ type: 'ExternalName', externalName: 'my.database.example.com' }),
    ).spec;
    expect(en.internalTrafficPolicy).toBeUndefined();
    expect(en.externalTrafficPolicy).toBeUndefined();
    expect(en.ipFamilies).toBeUndefined();
    const cip = defaultObject(base({ ports: [{ port: 80 }] })).spec;
    expect(cip.externalTrafficPolicy).toBeUndefined();
    const aff = defaultObject(base({ sessionAffinity: 'ClientIP', ports: [{ port: 80 }] })).spec;
    expect(aff.sessionAffinityConfig).toEqual({ clientIP: { timeoutSeconds: 10800 } });
  });

  it('Service: headless without selector is RequireDualStack, with selector SingleStack (registry alloc.go)', () => {
    const headless = (selector?: Record<string, string>): Service =>
      defaultObject({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'h' },
        spec: { clusterIP: 'None', selector, ports: [{ port: 80 }] },
      });
    expect(headless().spec.ipFamilyPolicy).toBe('RequireDualStack');
    expect(headless({ app: 'x' }).spec.ipFamilyPolicy).toBe('SingleStack');
    expect(headless({ app: 'x' }).spec.clusterIPs).toEqual(['None']);
  });

  it('Pod: spec and container defaults, imagePullPolicy by tag', () => {
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'nginx' },
      spec: {
        containers: [
          { name: 'a', image: 'nginx', ports: [{ containerPort: 80 }] },
          { name: 'b', image: 'nginx:1.25' },
          { name: 'c', image: 'localhost:5000/app' },
          { name: 'd', image: 'nginx@sha256:abc' },
        ],
      },
    };
    const d = defaultObject(pod);
    expect(d.spec).toMatchObject({
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      enableServiceLinks: true,
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
      securityContext: {},
    });
    expect(d.spec.containers.map((c) => c.imagePullPolicy)).toEqual([
      'Always',
      'IfNotPresent',
      'Always',
      'IfNotPresent',
    ]);
    expect(d.spec.containers[0].ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(d.spec.containers[0].terminationMessagePath).toBe('/dev/termination-log');
    expect(
      defaultObject({ ...pod, spec: { ...pod.spec, enableServiceLinks: false } }).spec
        .enableServiceLinks,
    ).toBe(false);
  });

  it('imageTag follows ParseImageName', () => {
    expect(imageTag('busybox')).toBe('latest');
    expect(imageTag('busybox:latest')).toBe('latest');
    expect(imageTag('registry.k8s.io:443/pause:3.9')).toBe('3.9');
  });

  it('Deployment: replicas, strategy and limits; template without enableServiceLinks', () => {
    const dep: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx:1.14.2' }] },
        },
      },
    };
    const d = defaultObject(dep).spec;
    expect(d.replicas).toBe(1);
    expect(d.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
    });
    expect(d.revisionHistoryLimit).toBe(10);
    expect(d.progressDeadlineSeconds).toBe(600);
    expect(d.template.spec.dnsPolicy).toBe('ClusterFirst');
    expect(d.template.spec.enableServiceLinks).toBeUndefined();
    expect(
      defaultObject({ ...dep, spec: { ...dep.spec, replicas: 0, strategy: { type: 'Recreate' } } })
        .spec.strategy,
    ).toEqual({
      type: 'Recreate',
    });
  });

  it('NetworkPolicy: policyTypes inferred as upstream, ports default to TCP', () => {
    const np = (spec: Partial<NetworkPolicy['spec']>): NetworkPolicy =>
      defaultObject({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p' },
        spec: { podSelector: {}, ...spec },
      });
    expect(np({}).spec.policyTypes).toEqual(['Ingress']);
    expect(np({ egress: [] }).spec.policyTypes).toEqual(['Ingress']);
    expect(np({ egress: [{}] }).spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(np({ policyTypes: ['Egress'] }).spec.policyTypes).toEqual(['Egress']);
    expect(np({ ingress: [{ ports: [{ port: 80 }] }] }).spec.ingress?.[0].ports).toEqual([
      { port: 80, protocol: 'TCP' },
    ]);
  });

  it('Namespace gets the kubernetes.io/metadata.name label; EndpointSlice ports get name and protocol', () => {
    const ns: Namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'dev', labels: { team: 'a' } },
    };
    expect(defaultObject(ns).metadata.labels).toEqual({
      team: 'a',
      'kubernetes.io/metadata.name': 'dev',
    });
    const es: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'e' },
      addressType: 'IPv4',
      endpoints: [],
      ports: [{ port: 80 }],
    };
    expect(defaultObject(es).ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
  });
});

describe('probe defaults (SetDefaults_Probe, SetDefaults_HTTPGetAction)', () => {
  it('fills timeout, period, thresholds and the httpGet path and scheme as the API server does', () => {
    const pod = defaultObject({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default' },
      spec: {
        containers: [
          {
            name: 'app',
            image: 'nginx:1.27',
            readinessProbe: { httpGet: { port: 80 }, initialDelaySeconds: 5 },
            livenessProbe: { tcpSocket: { port: 80 }, periodSeconds: 20 },
          },
        ],
      },
    } as never) as { spec: { containers: Array<Record<string, unknown>> } };
    expect(pod.spec.containers[0].readinessProbe).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' },
      initialDelaySeconds: 5,
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(pod.spec.containers[0].livenessProbe).toMatchObject({
      periodSeconds: 20,
      timeoutSeconds: 1,
      failureThreshold: 3,
    });
  });
});
