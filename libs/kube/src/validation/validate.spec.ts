import { KubeErrorCode } from '../errors';
import type { KubeObject } from '../objects/meta';
import { formatCause, invalidError, validateObject } from './validate';

const messages = (obj: unknown): string[] => validateObject(obj as KubeObject).map(formatCause);

const svc = (spec: Record<string, unknown>, name = 'web'): unknown => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec,
});

describe('validateObject: documentation examples validate cleanly', () => {
  it('concepts/services-networking/service "my-service", NodePort and ExternalName examples', () => {
    expect(
      messages(
        svc({
          selector: { 'app.kubernetes.io/name': 'MyApp' },
          ports: [{ protocol: 'TCP', port: 80, targetPort: 9376 }],
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        svc({
          type: 'NodePort',
          selector: { 'app.kubernetes.io/name': 'MyApp' },
          ports: [{ port: 80, targetPort: 80, nodePort: 30007 }],
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        svc({ type: 'ExternalName', externalName: 'my.database.example.com' }, 'my-service'),
      ),
    ).toEqual([]);
    expect(
      messages(svc({ clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] })),
    ).toEqual([]);
    expect(
      messages(
        svc({
          selector: { app: 'web' },
          ports: [
            { name: 'http', port: 80, targetPort: 'http-web-svc' },
            { name: 'https', port: 443 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('concepts/services-networking/network-policies "test-network-policy"', () => {
    const np = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'test-network-policy', namespace: 'default' },
      spec: {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
              { namespaceSelector: { matchLabels: { project: 'myproject' } } },
              { podSelector: { matchLabels: { role: 'frontend' } } },
            ],
            ports: [{ protocol: 'TCP', port: 6379 }],
          },
        ],
        egress: [
          {
            to: [{ ipBlock: { cidr: '10.0.0.0/24' } }],
            ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }],
          },
        ],
      },
    };
    expect(messages(np)).toEqual([]);
  });

  it('concepts/workloads/controllers/deployment "nginx-deployment", a Pod, an Ingress, an IngressClass', () => {
    expect(
      messages({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
        spec: {
          replicas: 3,
          selector: { matchLabels: { app: 'nginx' } },
          template: {
            metadata: { labels: { app: 'nginx' } },
            spec: {
              containers: [
                { name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] },
              ],
            },
          },
        },
      }),
    ).toEqual([]);
    expect(
      messages({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'nginx' },
        spec: {
          containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }],
        },
      }),
    ).toEqual([]);
    expect(
      messages({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'minimal-ingress' },
        spec: {
          ingressClassName: 'nginx-example',
          rules: [
            {
              http: {
                paths: [
                  {
                    path: '/testpath',
                    pathType: 'Prefix',
                    backend: { service: { name: 'test', port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
      }),
    ).toEqual([]);
    expect(
      messages({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'nginx' },
        spec: { controller: 'k8s.io/ingress-nginx' },
      }),
    ).toEqual([]);
    expect(messages({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } })).toEqual(
      [],
    );
  });
});

describe('validateObject: upstream messages', () => {
  it('unknown kind or version uses the REST mapper wording', () => {
    expect(
      messages({ apiVersion: 'extensions/v1beta1', kind: 'Deployment', metadata: { name: 'x' } }),
    ).toEqual(['kind: no matches for kind "Deployment" in version "extensions/v1beta1"']);
  });

  it('metadata: names by kind (Service DNS-1035, Namespace DNS-1123 label) and labels', () => {
    expect(messages(svc({ ports: [{ port: 80 }] }, '1web'))[0]).toMatch(
      /^metadata\.name: Invalid value: "1web": a DNS-1035 label must consist of/,
    );
    expect(messages({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a.b' } })).toEqual([
      'metadata.name: Invalid value: "a.b": must not contain dots',
    ]);
    expect(messages({ apiVersion: 'v1', kind: 'Namespace', metadata: {} })).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
    expect(
      messages({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'x', labels: { a: '-bad' } },
      })[0],
    ).toMatch(/^metadata\.labels: Invalid value: "-bad": a valid label must be an empty string/);
  });

  it('Service ports: range, names, protocol, targetPort, nodePort, duplicates', () => {
    expect(messages(svc({ ports: [{ port: 70000 }] }))).toEqual([
      'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
    expect(messages(svc({ ports: [{ port: 80 }, { port: 81 }] }))).toEqual([
      'spec.ports[0].name: Required value',
      'spec.ports[1].name: Required value',
    ]);
    expect(
      messages(
        svc({
          ports: [
            { name: 'a', port: 80 },
            { name: 'a', port: 81 },
          ],
        }),
      ),
    ).toEqual(['spec.ports[1].name: Duplicate value: "a"']);
    expect(messages(svc({ ports: [{ port: 80, protocol: 'ICMP' }] }))).toEqual([
      'spec.ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"',
    ]);
    expect(messages(svc({ ports: [{ port: 80, targetPort: 'HTTP' }] }))).toEqual([
      'spec.ports[0].targetPort: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.ports[0].targetPort: Invalid value: "HTTP": must contain at least one letter (a-z)',
    ]);
    // StackOverflow-famous: a nodePort left behind when switching to ClusterIP.
    expect(messages(svc({ ports: [{ port: 80, nodePort: 30080 }] }))).toEqual([
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    ]);
    expect(
      messages(
        svc({
          ports: [
            { name: 'a', port: 80 },
            { name: 'b', port: 80 },
          ],
        }),
      ),
    ).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
    expect(messages(svc({}))).toEqual(['spec.ports: Required value']);
  });

  it('Service type rules: headless NodePort, clusterIP syntax, ExternalName, enums, traffic policy', () => {
    expect(messages(svc({ type: 'NodePort', clusterIP: 'None', ports: [{ port: 80 }] }))).toEqual([
      'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services',
    ]);
    expect(messages(svc({ clusterIP: '10.96.0.300', ports: [{ port: 80 }] }))).toEqual([
      'spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ]);
    expect(messages(svc({ type: 'ExternalName' }))).toEqual(['spec.externalName: Required value']);
    expect(messages(svc({ type: 'ExternalName', externalName: 'My_DB' }))[0]).toMatch(
      /^spec\.externalName: Invalid value: "My_DB": a lowercase RFC 1123 subdomain/,
    );
    expect(messages(svc({ type: 'Internal', ports: [{ port: 80 }] }))).toEqual([
      'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
    expect(messages(svc({ sessionAffinity: 'Sticky', ports: [{ port: 80 }] }))).toEqual([
      'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
    ]);
    expect(messages(svc({ externalTrafficPolicy: 'Local', ports: [{ port: 80 }] }))).toEqual([
      'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
    ]);
  });

  it('Pod containers: names, ports, protocols, duplicate port names', () => {
    const pod = (containers: unknown[]): unknown => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers },
    });
    expect(messages(pod([]))).toEqual(['spec.containers: Required value']);
    expect(messages(pod([{ image: 'nginx' }]))).toEqual([
      'spec.containers[0].name: Required value',
    ]);
    expect(
      messages(
        pod([
          {
            name: 'web',
            image: 'nginx',
            ports: [
              { name: 'http', containerPort: 0 },
              { name: 'http', containerPort: 99999, protocol: 'HTTP' },
            ],
          },
        ]),
      ),
    ).toEqual([
      'spec.containers[0].ports[0].containerPort: Required value',
      'spec.containers[0].ports[1].name: Duplicate value: "http"',
      'spec.containers[0].ports[1].containerPort: Invalid value: 99999: must be between 1 and 65535, inclusive',
      'spec.containers[0].ports[1].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ]);
    expect(
      messages(
        pod([
          {
            name: 'web',
            image: 'nginx',
            ports: [{ name: 'my-long-http-port', containerPort: 80 }],
          },
        ]),
      ),
    ).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "my-long-http-port": must be no more than 15 characters',
    ]);
  });

  it('Deployment: selector must match template labels, replicas non-negative', () => {
    const dep = (spec: Record<string, unknown>): unknown => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec,
    });
    const template = {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
    };
    expect(messages(dep({ selector: { matchLabels: { app: 'web' } }, template }))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`',
    ]);
    expect(messages(dep({ template }))).toEqual(['spec.selector: Required value']);
    expect(
      messages(dep({ replicas: -1, selector: { matchLabels: { app: 'nginx' } }, template })),
    ).toEqual(['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
  });

  it('NetworkPolicy: ipBlock with selectors, except outside cidr, endPort rules, protocol, policyTypes', () => {
    const np = (spec: Record<string, unknown>): unknown => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'p' },
      spec,
    });
    expect(
      messages(
        np({
          podSelector: {},
          ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }],
        }),
      ),
    ).toEqual([
      'spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer',
    ]);
    expect(
      messages(
        np({
          podSelector: {},
          ingress: [
            {
              from: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24', '10.0.0.0/16'] } }],
            },
          ],
        }),
      ),
    ).toEqual([
      'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "10.1.0.0/24": must be a strict subset of `cidr`',
      'spec.ingress[0].from[0].ipBlock.except[1]: Invalid value: "10.0.0.0/16": must be a strict subset of `cidr`',
    ]);
    expect(
      messages(np({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0' } }] }] })),
    ).toEqual([
      'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    ]);
    expect(
      messages(
        np({
          podSelector: {},
          egress: [
            { ports: [{ port: 'dns', endPort: 60 }, { port: 80, endPort: 70 }, { endPort: 5 }] },
          ],
        }),
      ),
    ).toEqual([
      'spec.egress[0].ports[0].endPort: Invalid value: 60: may not be specified when `port` is non-numeric',
      'spec.egress[0].ports[1].endPort: Invalid value: 70: must be greater than or equal to `port`',
      'spec.egress[0].ports[2].endPort: Invalid value: 5: may not be specified when `port` is not specified',
    ]);
    expect(
      messages(
        np({
          podSelector: {},
          ingress: [{ ports: [{ protocol: 'ICMP' }] }],
          policyTypes: ['Ingress', 'Both'],
        }),
      ),
    ).toEqual([
      'spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"',
      'spec.policyTypes[1]: Unsupported value: "Both": supported values: "Ingress", "Egress"',
    ]);
    expect(messages(np({ podSelector: {}, ingress: [{ from: [{}] }] }))).toEqual([
      'spec.ingress[0].from[0]: Required value: must specify a peer',
    ]);
  });

  it('Ingress: rules or defaultBackend, pathType, paths, backends, hosts', () => {
    const ing = (spec: Record<string, unknown>): unknown => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'i' },
      spec,
    });
    const backend = { service: { name: 'web', port: { number: 80 } } };
    expect(messages(ing({}))).toEqual([
      'spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified',
    ]);
    expect(messages(ing({ rules: [{ http: { paths: [{ path: '/', backend }] } }] }))).toEqual([
      'spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
    ]);
    expect(
      messages(
        ing({
          rules: [
            { host: '10.0.0.1', http: { paths: [{ path: 'api', pathType: 'Prefix', backend }] } },
          ],
        }),
      ),
    ).toEqual([
      'spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address',
      'spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path',
    ]);
    expect(
      messages(
        ing({
          rules: [
            { host: '*.foo.com', http: { paths: [{ path: '/', pathType: 'Regex', backend }] } },
          ],
        }),
      ),
    ).toEqual([
      'spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
    ]);
    expect(
      messages(
        ing({ defaultBackend: { service: { name: 'web', port: { name: 'http', number: 80 } } } }),
      ),
    ).toEqual(['spec.defaultBackend: Invalid value: "": cannot set both port name & port number']);
    expect(
      messages(
        ing({
          defaultBackend: { service: { name: 'web' }, resource: { kind: 'Bucket', name: 'b' } },
        }),
      ),
    ).toEqual([
      'spec.defaultBackend: Invalid value: "": cannot set both resource and service backends',
    ]);
    expect(messages(ing({ defaultBackend: { service: { name: 'web' } } }))).toEqual([
      'spec.defaultBackend: Required value: port name or number is required',
    ]);
    expect(messages(ing({ rules: [{ host: '*.*.foo.com' }] }))[0]).toMatch(
      /^spec\.rules\[0\]\.host: Invalid value: "\*\.\*\.foo\.com": a wildcard DNS-1123 subdomain/,
    );
  });

  it('IngressClass, EndpointSlice and Secret', () => {
    expect(
      messages({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'c' },
        spec: {},
      }),
    ).toEqual(['spec.controller: Required value']);
    expect(
      messages({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'c' },
        spec: { controller: 'nginx' },
      }),
    ).toEqual([
      'spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")',
    ]);
    const es = (extra: Record<string, unknown>): unknown => ({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'e' },
      addressType: 'IPv4',
      endpoints: [],
      ...extra,
    });
    expect(messages(es({ addressType: 'IPv5' }))).toEqual([
      'addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"',
    ]);
    expect(
      messages(
        es({
          endpoints: [
            { addresses: ['10.0.0.300'] },
            { addresses: [] },
            { addresses: ['127.0.0.1'] },
          ],
        }),
      ),
    ).toEqual([
      'endpoints[0].addresses[0]: Invalid value: "10.0.0.300": must be a valid IPv4 address',
      'endpoints[1].addresses: Required value: must contain at least 1 address',
      'endpoints[2].addresses[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    ]);
    expect(
      messages(
        es({ endpoints: Array.from({ length: 1001 }, () => ({ addresses: ['10.0.0.1'] })) }),
      ),
    ).toEqual(['endpoints: Too many: 1001: must have at most 1000 items']);
    expect(
      messages(
        es({
          ports: [
            { name: 'http', port: 80 },
            { name: 'http', port: 81 },
          ],
        }),
      ),
    ).toEqual(['ports[1].name: Duplicate value: "http"']);
    expect(
      messages({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's' },
        type: 'kubernetes.io/tls',
        data: {},
      }),
    ).toEqual(['data[tls.crt]: Required value', 'data[tls.key]: Required value']);
  });
});

describe('invalidError (apimachinery errors.NewInvalid)', () => {
  it('one cause prints bare, several in brackets; grouped kinds are qualified', () => {
    const causes = validateObject(svc({ ports: [{ port: 70000, targetPort: 80 }] }) as KubeObject);
    const err = invalidError('Service', 'web', causes);
    expect(err.code).toBe(KubeErrorCode.Invalid);
    expect(err.message).toBe(
      'Service "web" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    );
    expect(err.causes[0]).toEqual({
      reason: 'FieldValueInvalid',
      field: 'spec.ports[0].port',
      message: 'Invalid value: 70000: must be between 1 and 65535, inclusive',
    });
    const two = invalidError('Deployment', 'd', [
      { reason: 'FieldValueRequired', field: 'spec.selector', message: 'Required value' },
      { reason: 'FieldValueRequired', field: 'spec.template', message: 'Required value' },
    ]);
    expect(two.message).toBe(
      'Deployment.apps "d" is invalid: [spec.selector: Required value, spec.template: Required value]',
    );
    expect(two.subject).toEqual({ kind: 'Deployment', name: 'd', group: 'apps' });
  });
});
