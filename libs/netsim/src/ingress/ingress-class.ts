/**
 * Which IngressClass (and so which controller) an Ingress belongs to.
 *
 * Follows kube-apiserver's DefaultIngressClass admission plugin
 * (plugin/pkg/admission/network/defaultingressclass/admission.go) for the default class, and
 * ingress-nginx's class resolution (internal/ingress/controller/store/store.go, GetIngressClass)
 * for the deprecated `kubernetes.io/ingress.class` annotation.
 */
import type { Ingress, IngressClass } from '@app/kube';

/** The deprecated per-Ingress annotation naming a class (networking/v1beta1 AnnotationIngressClass). */
export const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
/** Marks an IngressClass as the cluster default (networking/v1 AnnotationIsDefaultIngressClass). */
export const DEFAULT_INGRESS_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
/** spec.controller of the IngressClass that ingress-nginx implements. */
export const INGRESS_NGINX_CONTROLLER = 'k8s.io/ingress-nginx';
/** ingress-nginx's `--ingress-class` default: the annotation value it claims. */
export const INGRESS_NGINX_ANNOTATION_CLASS = 'nginx';

export type IngressClassSource = 'spec' | 'annotation' | 'default';

export interface IngressClassResolution {
  /** The class name the Ingress ends up with; absent when it has none. */
  className?: string;
  /** spec.controller of that class (or ingress-nginx for its legacy annotation value). */
  controller?: string;
  /** True only when a controller the cluster runs implements the class. */
  effective: boolean;
  /** Where the class came from. */
  source?: IngressClassSource;
  reason: string;
}

const key = (o: { metadata: { namespace?: string; name?: string } }): string =>
  `${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? ''}`;

const created = (o: { metadata: { creationTimestamp?: string } }): number => {
  const t = o.metadata.creationTimestamp ? Date.parse(o.metadata.creationTimestamp) : NaN;
  return Number.isNaN(t) ? NaN : t;
};

/**
 * Resolves the class of `ingress` and whether any running controller implements it.
 *
 * Order, as upstream:
 * 1. `spec.ingressClassName`: the IngressClass of that name must exist (ingress-nginx ignores an
 *    Ingress whose class is missing) and its `spec.controller` must be in `controllers`.
 * 2. else the `kubernetes.io/ingress.class` annotation (present, even if empty, it also stops
 *    defaulting): an IngressClass of that name decides the controller; failing that, ingress-nginx
 *    claims the value `nginx` (its `--ingress-class` default) when it runs.
 * 3. else the default IngressClass (annotation `ingressclass.kubernetes.io/is-default-class: "true"`,
 *    exactly "true"). With several defaults the newest by creationTimestamp wins, ties broken by the
 *    smaller name (admission.go since Kubernetes 1.28; earlier releases refused the Ingress).
 *    The plugin only defaults on create, so a default class created after the Ingress (both
 *    timestamps known) is not applied.
 * 4. else no class: no controller picks the Ingress up (ingress-nginx ignores class-less Ingresses
 *    unless started with `--watch-ingress-without-class`).
 *
 * `controllers` are the controller names the cluster runs, e.g. `['k8s.io/ingress-nginx']`.
 * Never throws; `reason` is a learner-facing sentence.
 */
export function ingressClassFor(
  ingress: Ingress,
  ingressClasses: readonly IngressClass[],
  controllers: readonly string[],
): IngressClassResolution {
  const byName = new Map(ingressClasses.map((c) => [c.metadata.name ?? '', c]));
  const runs = (controller: string | undefined): boolean =>
    !!controller && controllers.includes(controller);
  const verdict = (
    className: string,
    source: IngressClassSource,
    controller: string | undefined,
    how: string,
  ): IngressClassResolution => {
    if (!controller) {
      return {
        className,
        source,
        effective: false,
        reason: `${how}; IngressClass "${className}" names no controller, so nothing implements it`,
      };
    }
    if (!runs(controller)) {
      const running = controllers.length ? controllers.join(', ') : 'none';
      return {
        className,
        controller,
        source,
        effective: false,
        reason: `${how}; its controller "${controller}" is not running in this cluster (running: ${running}), so the Ingress has no effect`,
      };
    }
    return {
      className,
      controller,
      source,
      effective: true,
      reason: `${how}; implemented by controller "${controller}"`,
    };
  };

  const specName = ingress.spec?.ingressClassName;
  if (specName !== undefined) {
    const cls = byName.get(specName);
    if (!cls) {
      return {
        className: specName,
        source: 'spec',
        effective: false,
        reason: `Ingress ${key(ingress)} sets ingressClassName "${specName}" but no IngressClass "${specName}" exists, so no controller implements it`,
      };
    }
    return verdict(
      specName,
      'spec',
      cls.spec?.controller,
      `Ingress ${key(ingress)} sets ingressClassName "${specName}"`,
    );
  }

  const annotations = ingress.metadata.annotations ?? {};
  if (Object.prototype.hasOwnProperty.call(annotations, INGRESS_CLASS_ANNOTATION)) {
    const value = annotations[INGRESS_CLASS_ANNOTATION] ?? '';
    const how = `Ingress ${key(ingress)} uses the deprecated annotation ${INGRESS_CLASS_ANNOTATION}: "${value}"`;
    const cls = byName.get(value);
    if (cls) return verdict(value, 'annotation', cls.spec?.controller, how);
    if (value === INGRESS_NGINX_ANNOTATION_CLASS && runs(INGRESS_NGINX_CONTROLLER)) {
      return {
        className: value,
        controller: INGRESS_NGINX_CONTROLLER,
        source: 'annotation',
        effective: true,
        reason: `${how}; ingress-nginx claims annotation value "${INGRESS_NGINX_ANNOTATION_CLASS}" (its --ingress-class)`,
      };
    }
    return {
      className: value,
      source: 'annotation',
      effective: false,
      reason: `${how}; no IngressClass "${value}" exists and no running controller claims that value, so the Ingress has no effect`,
    };
  }

  const defaults = ingressClasses.filter(
    (c) => c.metadata.annotations?.[DEFAULT_INGRESS_CLASS_ANNOTATION] === 'true',
  );
  const ingressCreated = created(ingress);
  const eligible = defaults.filter((c) => {
    const t = created(c);
    return Number.isNaN(t) || Number.isNaN(ingressCreated) || t <= ingressCreated;
  });
  if (eligible.length > 0) {
    const newestFirst = [...eligible].sort((a, b) => {
      const ta = created(a);
      const tb = created(b);
      const na = Number.isNaN(ta) ? -Infinity : ta;
      const nb = Number.isNaN(tb) ? -Infinity : tb;
      if (na !== nb) return nb - na;
      return (a.metadata.name ?? '') < (b.metadata.name ?? '')
        ? -1
        : (a.metadata.name ?? '') > (b.metadata.name ?? '')
          ? 1
          : 0;
    });
    const chosen = newestFirst[0]!;
    const name = chosen.metadata.name ?? '';
    const several =
      eligible.length > 1
        ? ` (${eligible.length} IngressClasses are marked default; the newest, "${name}", is used)`
        : '';
    return verdict(
      name,
      'default',
      chosen.spec?.controller,
      `Ingress ${key(ingress)} names no class, so the default IngressClass "${name}" applies${several}`,
    );
  }
  if (defaults.length > 0) {
    const names = defaults.map((c) => `"${c.metadata.name ?? ''}"`).join(', ');
    return {
      effective: false,
      reason: `Ingress ${key(ingress)} names no class; the default IngressClass ${names} was created after it, and the default is only applied when an Ingress is created, so no controller picks it up`,
    };
  }
  return {
    effective: false,
    reason: `Ingress ${key(ingress)} has no ingressClassName, no ${INGRESS_CLASS_ANNOTATION} annotation, and there is no default IngressClass, so no controller picks it up`,
  };
}
