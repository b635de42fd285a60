import { parse } from 'protobufjs';
import { KubeErrorCode } from '@app/kube';
import { decodeProtobufObject } from './decode';
import { K8S_PROTO } from './k8s-proto';

const root = parse(K8S_PROTO, { keepCase: true }).root;

/** What kubectl ≥1.32 sends: `k8s\0` + runtime.Unknown{typeMeta, raw}. */
function envelope(apiVersion: string, kind: string, message: Record<string, unknown>): Buffer {
  const type = root.lookupType(`k8s.${kind}`);
  const raw = type.encode(type.fromObject(message)).finish();
  const unknown = root.lookupType('k8s.Unknown');
  const body = unknown.encode(unknown.fromObject({ typeMeta: { apiVersion, kind }, raw })).finish();
  return Buffer.concat([Buffer.from('k8s\0', 'latin1'), Buffer.from(body)]);
}

describe('decodeProtobufObject', () => {
  it('decodes `kubectl create service nodeport` with IntOrString ports and gogo zero values dropped', () => {
    const body = envelope('v1', 'Service', {
      metadata: { name: 'np', namespace: '', labels: { app: 'np' }, creationTimestamp: {} },
      spec: {
        ports: [
          {
            name: '80-8080',
            protocol: 'TCP',
            port: 80,
            targetPort: { type: 0, intVal: 8080, strVal: '' },
            nodePort: 30080,
          },
        ],
        selector: { app: 'np' },
        clusterIP: '',
        type: 'NodePort',
      },
      status: { loadBalancer: {} },
    });
    expect(decodeProtobufObject(body)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'np', labels: { app: 'np' } },
      spec: {
        ports: [{ name: '80-8080', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
        selector: { app: 'np' },
        type: 'NodePort',
      },
      status: { loadBalancer: {} },
    });
  });

  it('decodes a Deployment, keeping replicas 0 and named strategy fields', () => {
    const body = envelope('apps/v1', 'Deployment', {
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }] },
        },
        strategy: { type: 'Recreate' },
      },
    });
    const d = decodeProtobufObject(body) as { spec: Record<string, unknown> };
    expect(d.spec.replicas).toBe(0);
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    expect(d.spec.template).toEqual({
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }] },
    });
  });

  it('flattens IngressRule.ingressRuleValue into http, as the JSON form inlines it', () => {
    const body = envelope('networking.k8s.io/v1', 'Ingress', {
      metadata: { name: 'shop' },
      spec: {
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'shop.example.com',
            ingressRuleValue: {
              http: {
                paths: [
                  {
                    path: '/cart',
                    pathType: 'Prefix',
                    backend: { service: { name: 'cart', port: { name: 'http' } } },
                  },
                ],
              },
            },
          },
        ],
      },
    });
    expect((decodeProtobufObject(body) as { spec: unknown }).spec).toEqual({
      ingressClassName: 'nginx',
      rules: [
        {
          host: 'shop.example.com',
          http: {
            paths: [
              {
                path: '/cart',
                pathType: 'Prefix',
                backend: { service: { name: 'cart', port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    });
  });

  it('decodes `kubectl create secret generic` with data as base64 strings', () => {
    const body = envelope('v1', 'Secret', {
      metadata: { name: 's' },
      data: { password: Buffer.from('hunter2') },
      type: 'Opaque',
    });
    expect(decodeProtobufObject(body)).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      data: { password: Buffer.from('hunter2').toString('base64') },
      type: 'Opaque',
    });
  });

  it('refuses bodies without the magic number (400) and kinds it cannot decode (415)', () => {
    expect(() => decodeProtobufObject(Buffer.from('{}'))).toThrow(
      expect.objectContaining({ code: KubeErrorCode.BadRequest }),
    );
    const unknown = root.lookupType('k8s.Unknown');
    const configMap = Buffer.concat([
      Buffer.from('k8s\0', 'latin1'),
      Buffer.from(
        unknown
          .encode(
            unknown.fromObject({ typeMeta: { apiVersion: 'v1', kind: 'ConfigMap' }, raw: [] }),
          )
          .finish(),
      ),
    ]);
    expect(() => decodeProtobufObject(configMap)).toThrow(
      expect.objectContaining({ code: KubeErrorCode.UnsupportedMediaType }),
    );
  });
});
