import { dropUnknownFields, unknownFields } from './unknown-fields';

describe('unknownFields, as strict decoding reports them', () => {
  it("names a misspelt field with its path (the transcript's spec.selectorr)", () => {
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'typo' },
      spec: { ports: [{ port: 80 }], selectorr: { app: 'web' } },
    };
    expect(unknownFields('Service', svc)).toEqual(['spec.selectorr']);
  });

  it('follows lists and nested types: containers[0].imagee, ports[1].nmae', () => {
    const deploy = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            containers: [
              {
                name: 'web',
                imagee: 'nginx',
                ports: [{ containerPort: 80 }, { containerPort: 81, nmae: 'x' }],
              },
            ],
          },
        },
      },
    };
    expect(unknownFields('Deployment', deploy)).toEqual([
      'spec.template.spec.containers[0].imagee',
      'spec.template.spec.containers[0].ports[1].nmae',
    ]);
  });

  it('accepts valid manifests, labels and annotations of any name, and ignores status', () => {
    const policy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'p', annotations: { 'example.com/anything': 'x' } },
      spec: {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } }],
            ports: [{ protocol: 'TCP', port: 6379 }],
          },
        ],
      },
      status: { anything: true },
    };
    expect(unknownFields('NetworkPolicy', policy)).toEqual([]);
  });

  it('dropUnknownFields returns a copy without them, as decoding into the typed struct does', () => {
    const svc = JSON.parse(
      '{"apiVersion":"v1","kind":"Service","__proto__":{"polluted":"x"},' +
        '"metadata":{"name":"web","constructor":1,"labels":{"constructor":"kept"}},' +
        '"spec":{"ports":[{"port":80,"nmae":"x"}]},"status":{"anything":true}}',
    );
    const { object, fields } = dropUnknownFields('Service', svc);
    expect(fields).toEqual(['metadata.constructor', '__proto__', 'spec.ports[0].nmae']);
    expect(JSON.stringify(object)).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"name":"web","labels":{"constructor":"kept"}},' +
        '"spec":{"ports":[{"port":80}]},"status":{"anything":true}}',
    );
    expect(Object.hasOwn(svc, '__proto__')).toBe(true);
    expect(dropUnknownFields('NoSuchKind', svc).fields).toEqual([]);
  });

  it('"constructor" and "toString" are unknown fields, not Object.prototype members', () => {
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { constructor: {}, toString: 1 },
    };
    expect(unknownFields('Service', svc)).toEqual(['spec.constructor', 'spec.toString']);
    expect(unknownFields('constructor', svc)).toEqual([]);
  });
});
