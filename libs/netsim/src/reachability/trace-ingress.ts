/**
 * The Ingress part of a reachability trace and the `GET /ingress/route` answer: which controller
 * the cluster runs (ingress-nginx, bootstrapped as namespace ingress-nginx, LoadBalancer Service
 * ingress-nginx-controller and IngressClass nginx, as its deploy manifests install it), which
 * Ingresses it implements (ingressClassFor) and which rule answers a URL (matchIngressRoute).
 */
import type { Ingress, IngressClass, Secret, Service } from '@app/kube';
import {
  DEFAULT_INGRESS_CLASS_ANNOTATION,
  ingressClassFor,
  INGRESS_NGINX_CONTROLLER,
} from '../ingress/ingress-class';
import { matchIngressRoute, type IngressRouteMatch } from '../ingress/match-route';
import { tlsProblems } from '../ingress/tls';
import type { Hop } from '../explain/explain-hops';
import type { TraceContext } from './trace-context';
import type { HttpOutcome } from './trace-types';

export const INGRESS_NGINX_NAMESPACE = 'ingress-nginx';
export const INGRESS_NGINX_SERVICE = 'ingress-nginx-controller';
/** ingress-nginx's annotation to proxy to the Service's ClusterIP instead of its endpoints. */
export const SERVICE_UPSTREAM_ANNOTATION = 'nginx.ingress.kubernetes.io/service-upstream';

export interface IngressController {
  /** The controller name IngressClasses refer to (spec.controller). */
  controller: string;
  /** The Service clients reach the controller through. */
  service: Service;
}

export type ControllerLookup = ({ ok: true } & IngressController) | { ok: false; reason: string };

const ingressesOf = (ctx: TraceContext): Ingress[] =>
  ctx.objects.filter((o): o is Ingress => o.kind === 'Ingress');
const classesOf = (ctx: TraceContext): IngressClass[] =>
  ctx.objects.filter((o): o is IngressClass => o.kind === 'IngressClass');
const secretsOf = (ctx: TraceContext): Secret[] =>
  ctx.objects.filter((o): o is Secret => o.kind === 'Secret');

/** The controller names the cluster runs ([] without a controller). */
export function runningControllers(ctx: TraceContext): string[] {
  return ctx.index.config.ingressController === 'ingress-nginx' ? [INGRESS_NGINX_CONTROLLER] : [];
}

/**
 * The cluster's Ingress controller: with `ingressController: ingress-nginx`, the Service
 * ingress-nginx/ingress-nginx-controller. Fails with a learner sentence when the cluster runs no
 * controller (Ingresses are then stored but nothing implements them) or its Service is gone.
 */
export function findIngressController(ctx: TraceContext): ControllerLookup {
  if (ctx.index.config.ingressController !== 'ingress-nginx') {
    return {
      ok: false,
      reason:
        'This cluster runs no Ingress controller (it was created with ingressController "none"): Ingress objects are stored, but nothing implements them, so no URL is routed. Create the cluster with ingress-nginx, or reach the Service through a NodePort or LoadBalancer.',
    };
  }
  const service = ctx.index.service(INGRESS_NGINX_NAMESPACE, INGRESS_NGINX_SERVICE);
  if (!service) {
    return {
      ok: false,
      reason: `The ingress-nginx controller's Service ${INGRESS_NGINX_NAMESPACE}/${INGRESS_NGINX_SERVICE} does not exist, so no client can reach the controller.`,
    };
  }
  return { ok: true, controller: INGRESS_NGINX_CONTROLLER, service };
}

export interface IngressRouting {
  match: IngressRouteMatch;
  /** The Ingress objects the controller implements, oldest first, and those it ignores. */
  implemented: string[];
  ignored: Array<{ ingress: string; reason: string }>;
  http: HttpOutcome;
  hop: Hop;
  /** The chosen Ingress, when a rule or defaultBackend answered. */
  chosen?: Ingress;
}

/**
 * Routes `url` across the Ingresses the controller implements (ingressClassFor effective for
 * it) with matchIngressRoute, and states the HTTP outcome before any backend is contacted:
 * 200 a Service backend is chosen (the caller turns it into 503/504 after the backend leg),
 * 308 ingress-nginx's ssl-redirect for http to a host with TLS, 404 the controller's default
 * backend (nothing matches, or a resource backend). For https: the Secret presented and its
 * problems (tlsProblems), or the controller's default certificate.
 */
export function routeThroughController(
  ctx: TraceContext,
  controller: string,
  url: string,
): IngressRouting {
  const classes = classesOf(ctx);
  const implemented: Ingress[] = [];
  const ignored: Array<{ ingress: string; reason: string }> = [];
  for (const ing of ingressesOf(ctx)) {
    const resolution = ingressClassFor(ing, classes, [controller]);
    if (resolution.effective) implemented.push(ing);
    else ignored.push({ ingress: keyOf(ing), reason: resolution.reason });
  }
  const match = matchIngressRoute({ url, ingresses: implemented });
  const chosen = match.ingress ? implemented.find((i) => keyOf(i) === match.ingress) : undefined;
  const http: HttpOutcome = {
    status: match.matched ? (match.httpsRedirect ? 308 : 200) : 404,
    ...(match.backend && 'service' in match.backend ? { backend: { ...match.backend } } : {}),
    ...(match.ingress ? { ingress: match.ingress } : {}),
    ...(match.rule ? { rule: match.rule } : {}),
  };
  const https = /^\s*https:/i.test(url);
  if (https && match.matched) {
    const owner = match.tls ? implemented.find((i) => keyOf(i) === match.tls!.ingress) : undefined;
    const secretName = match.tls?.secretName;
    const problems =
      owner && secretName
        ? tlsProblems(owner, secretsOf(ctx)).filter((p) => p.includes(`/${secretName}"`))
        : [];
    http.tls = {
      ...(secretName && owner
        ? { secret: `${owner.metadata.namespace ?? 'default'}/${secretName}` }
        : {}),
      hosts: match.tls?.hosts ?? [],
      defaultCertificate: !secretName || problems.length > 0,
      problems,
    };
  }
  const ignoredNote = ignored.length
    ? ` Ignored by the controller: ${ignored.map((i) => i.reason).join('; ')}.`
    : '';
  const outcome =
    http.status === 308 ? ' ingress-nginx answers 308 Permanent Redirect to the https URL.' : '';
  const tlsNote = http.tls?.problems.length
    ? ` TLS problems: ${http.tls.problems.join('; ')}; the controller falls back to its default (self-signed) certificate.`
    : '';
  const hop: Hop = {
    kind: 'ingress',
    summary: `ingress-nginx routes ${url}: ${match.reason.charAt(0).toLowerCase()}${match.reason.slice(1)}.${outcome}${tlsNote}${ignoredNote}`,
    details: {
      controller,
      url,
      matched: match.matched,
      ingress: match.ingress,
      rule: match.rule,
      backend: match.backend,
      considered: match.considered,
      implemented: implemented.map(keyOf),
      ignored,
      ...(http.tls ? { tls: http.tls } : {}),
      status: http.status,
    },
  };
  return {
    match,
    implemented: implemented.map(keyOf),
    ignored,
    http,
    hop,
    ...(chosen ? { chosen } : {}),
  };
}

export interface IngressRouteQuery {
  url: string;
  /** Which IngressClass's controller is asked; default: the default IngressClass. */
  ingressClass?: string;
}

export type IngressRouteAnswer = IngressRouteMatch & {
  /** The class asked, when one was given or a default exists. */
  ingressClass?: string;
  controller?: string;
  /** Problems of the TLS Secret presented for an https URL (tlsProblems). */
  tlsProblems?: string[];
};

/**
 * Just the rule match for `GET /ingress/route`: the Ingresses whose class resolves to the asked
 * class (`ingressClass`, else the default IngressClass) go through matchIngressRoute.
 * `matched: false` with the reason when the class does not exist, there is no default class, or
 * the class's controller is not running in this cluster (its Ingresses then have no effect).
 */
export function ingressRouteOf(ctx: TraceContext, query: IngressRouteQuery): IngressRouteAnswer {
  const classes = classesOf(ctx);
  let cls: IngressClass | undefined;
  if (query.ingressClass !== undefined) {
    cls = classes.find((c) => c.metadata.name === query.ingressClass);
    if (!cls) {
      return {
        matched: false,
        ingressClass: query.ingressClass,
        reason: `IngressClass "${query.ingressClass}" does not exist`,
        considered: [],
      };
    }
  } else {
    cls = classes.find(
      (c) => c.metadata.annotations?.[DEFAULT_INGRESS_CLASS_ANNOTATION] === 'true',
    );
    if (!cls) {
      return {
        matched: false,
        reason:
          'No IngressClass is marked as the default (ingressclass.kubernetes.io/is-default-class: "true"); name one with ingressClass',
        considered: [],
      };
    }
  }
  const name = cls.metadata.name ?? '';
  const controller = cls.spec?.controller;
  if (!controller || !runningControllers(ctx).includes(controller)) {
    return {
      matched: false,
      ingressClass: name,
      ...(controller ? { controller } : {}),
      reason: `IngressClass "${name}" names controller "${controller ?? ''}", which this cluster does not run, so its Ingresses have no effect`,
      considered: [],
    };
  }
  const members = ingressesOf(ctx).filter((ing) => {
    const r = ingressClassFor(ing, classes, [controller]);
    return r.effective && r.className === name;
  });
  const match = matchIngressRoute({ url: query.url, ingresses: members });
  const answer: IngressRouteAnswer = { ...match, ingressClass: name, controller };
  if (match.tls?.secretName) {
    const owner = members.find((i) => keyOf(i) === match.tls!.ingress);
    if (owner) {
      answer.tlsProblems = tlsProblems(owner, secretsOf(ctx)).filter((p) =>
        p.includes(`/${match.tls!.secretName}"`),
      );
    }
  }
  return answer;
}

const keyOf = (o: { metadata: { namespace?: string; name?: string } }): string =>
  `${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? ''}`;
