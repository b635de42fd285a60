/**
 * Sources: kubernetes/website content/en/docs/concepts/services-networking/ingress.md
 * ("Deprecated annotation", "Default IngressClass"); kubernetes
 * plugin/pkg/admission/network/defaultingressclass/admission.go (newest default wins);
 * ingress-nginx internal/ingress/controller/store/store.go GetIngressClass (annotation "nginx").
 */
import type { IngressClass } from '@app/kube';
import { ingressClassFor } from './ingress-class';
import { ingress, path, rule, svc } from './ingress-test-helpers';

const NGINX = 'k8s.io/ingress-nginx';

function ingressClass(
  name: string,
  controller: string | undefined,
  opts: { isDefault?: string; created?: string } = {},
): IngressClass {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name,
      ...(opts.created ? { creationTimestamp: opts.created } : {}),
      ...(opts.isDefault !== undefined
        ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': opts.isDefault } }
        : {}),
    },
    spec: controller ? { controller } : {},
  };
}

const rules = [rule('a.test', path('/', 'Prefix', svc('web', 80)))];

describe('ingressClassFor', () => {
  it('spec.ingressClassName naming a class whose controller runs: effective', () => {
    const r = ingressClassFor(
      ingress('web', rules, { ingressClassName: 'nginx' }),
      [ingressClass('nginx', NGINX)],
      [NGINX],
    );
    expect(r).toMatchObject({
      className: 'nginx',
      controller: NGINX,
      effective: true,
      source: 'spec',
    });
  });

  it('spec.ingressClassName naming a missing IngressClass: no effect', () => {
    const r = ingressClassFor(
      ingress('web', rules, { ingressClassName: 'traefik' }),
      [ingressClass('nginx', NGINX)],
      [NGINX],
    );
    expect(r).toMatchObject({ className: 'traefik', effective: false });
    expect(r.reason).toContain('no IngressClass "traefik" exists');
  });

  it('a class whose controller the cluster does not run: no effect, and the reason says so', () => {
    const r = ingressClassFor(
      ingress('web', rules, { ingressClassName: 'external-lb' }),
      [ingressClass('external-lb', 'example.com/ingress-controller')],
      [],
    );
    expect(r).toMatchObject({
      className: 'external-lb',
      controller: 'example.com/ingress-controller',
      effective: false,
    });
    expect(r.reason).toContain('is not running in this cluster (running: none)');
  });

  it('spec.ingressClassName wins over the annotation and the default', () => {
    const r = ingressClassFor(
      ingress('web', rules, {
        ingressClassName: 'internal',
        annotations: { 'kubernetes.io/ingress.class': 'nginx' },
      }),
      [
        ingressClass('internal', 'example.com/internal'),
        ingressClass('nginx', NGINX, { isDefault: 'true' }),
      ],
      [NGINX],
    );
    expect(r).toMatchObject({ className: 'internal', source: 'spec', effective: false });
  });

  describe('deprecated kubernetes.io/ingress.class annotation', () => {
    it('names an IngressClass: its controller decides', () => {
      const r = ingressClassFor(
        ingress('web', rules, { annotations: { 'kubernetes.io/ingress.class': 'public' } }),
        [ingressClass('public', NGINX)],
        [NGINX],
      );
      expect(r).toMatchObject({
        className: 'public',
        controller: NGINX,
        effective: true,
        source: 'annotation',
      });
    });

    it('"nginx" without an IngressClass is still claimed by a running ingress-nginx', () => {
      const r = ingressClassFor(
        ingress('web', rules, { annotations: { 'kubernetes.io/ingress.class': 'nginx' } }),
        [],
        [NGINX],
      );
      expect(r).toMatchObject({
        className: 'nginx',
        controller: NGINX,
        effective: true,
        source: 'annotation',
      });
      expect(
        ingressClassFor(
          ingress('web', rules, { annotations: { 'kubernetes.io/ingress.class': 'nginx' } }),
          [],
          [],
        ).effective,
      ).toBe(false);
    });

    it('any other value nobody claims: no effect, and no defaulting either', () => {
      const r = ingressClassFor(
        ingress('web', rules, { annotations: { 'kubernetes.io/ingress.class': 'gce' } }),
        [ingressClass('nginx', NGINX, { isDefault: 'true' })],
        [NGINX],
      );
      expect(r).toMatchObject({ className: 'gce', effective: false, source: 'annotation' });
    });
  });

  describe('default IngressClass', () => {
    it('applies to an Ingress that names no class', () => {
      const r = ingressClassFor(
        ingress('web', rules),
        [ingressClass('other', 'x/y'), ingressClass('nginx', NGINX, { isDefault: 'true' })],
        [NGINX],
      );
      expect(r).toMatchObject({
        className: 'nginx',
        controller: NGINX,
        effective: true,
        source: 'default',
      });
    });

    it('the annotation must be exactly "true"', () => {
      const r = ingressClassFor(
        ingress('web', rules),
        [ingressClass('nginx', NGINX, { isDefault: 'True' })],
        [NGINX],
      );
      expect(r).toMatchObject({ effective: false });
      expect(r.className).toBeUndefined();
      expect(r.reason).toContain('there is no default IngressClass');
    });

    it('several defaults: the newest wins (admission.go), ties by name', () => {
      const classes = [
        ingressClass('old', 'x/old', { isDefault: 'true', created: '2024-01-01T00:00:00Z' }),
        ingressClass('new', NGINX, { isDefault: 'true', created: '2024-03-01T00:00:00Z' }),
        ingressClass('mid', 'x/mid', { isDefault: 'true', created: '2024-02-01T00:00:00Z' }),
      ];
      const r = ingressClassFor(
        ingress('web', rules, { created: '2024-04-01T00:00:00Z' }),
        classes,
        [NGINX],
      );
      expect(r).toMatchObject({ className: 'new', effective: true });
      expect(r.reason).toContain('3 IngressClasses are marked default; the newest, "new", is used');

      const tie = [
        ingressClass('zeta', 'x/z', { isDefault: 'true', created: '2024-01-01T00:00:00Z' }),
        ingressClass('alpha', NGINX, { isDefault: 'true', created: '2024-01-01T00:00:00Z' }),
      ];
      expect(ingressClassFor(ingress('web', rules), tie, [NGINX]).className).toBe('alpha');
    });

    it('a default class created after the Ingress was not applied (defaulting happens on create)', () => {
      const r = ingressClassFor(
        ingress('web', rules, { created: '2024-01-01T00:00:00Z' }),
        [ingressClass('nginx', NGINX, { isDefault: 'true', created: '2024-05-01T00:00:00Z' })],
        [NGINX],
      );
      expect(r.effective).toBe(false);
      expect(r.reason).toContain('created after it');
    });
  });

  it('no class at all: no controller picks the Ingress up', () => {
    const r = ingressClassFor(ingress('web', rules), [ingressClass('nginx', NGINX)], [NGINX]);
    expect(r).toEqual({
      effective: false,
      reason:
        'Ingress default/web has no ingressClassName, no kubernetes.io/ingress.class annotation, and there is no default IngressClass, so no controller picks it up',
    });
  });

  it('an IngressClass without a controller implements nothing', () => {
    const r = ingressClassFor(
      ingress('web', rules, { ingressClassName: 'bare' }),
      [ingressClass('bare', undefined)],
      [NGINX],
    );
    expect(r).toMatchObject({ className: 'bare', effective: false });
    expect(r.reason).toContain('names no controller');
  });
});
