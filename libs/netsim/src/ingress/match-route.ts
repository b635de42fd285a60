/**
 * URL → Ingress rule → backend, as one Ingress controller (ingress-nginx) routes a request across
 * all the Ingresses of its class.
 *
 * Upstream sources:
 * - kubernetes/website content/en/docs/concepts/services-networking/ingress.md: path types
 *   (Exact, Prefix element by element), "Multiple matches" (longest path, then Exact over Prefix),
 *   "Hostname wildcards" (one DNS label), defaultBackend, TLS.
 * - ingress-nginx internal/ingress/controller/controller.go (createServers, getBackendServers,
 *   extractTLSSecretName) and docs/how-it-works.md: one nginx server per host, rules for the same
 *   host merged across Ingresses, Ingresses ordered oldest first and "the oldest rule wins" for the
 *   same host and path, an Ingress's defaultBackend as the catch-all only when it has no rules,
 *   otherwise as the fallback of the hosts it introduces.
 */
import type { HTTPIngressPath, Ingress, IngressBackend, IngressRule, PathType } from '@app/kube';
import { parseRequestUrl } from './request-url';

export type IngressRouteBackend =
  | { service: string; port: number | string }
  | { resource: { apiGroup?: string; kind: string; name: string } };

/**
 * What happened to one path (or defaultBackend) while routing:
 * - `selected`: it answers the request;
 * - `shorter-match`: it matched, but a longer path (or Exact over Prefix on equal length) won;
 * - `shadowed`: same path and pathType as the winner, defined by an older Ingress (or earlier in the
 *   same one): the oldest rule wins;
 * - `path-mismatch`: its host was chosen but the path does not match;
 * - `host-mismatch`: its host does not match the request;
 * - `host-not-selected`: its host would match, but a more specific host was chosen
 *   (exact before wildcard before rules without a host);
 * - `default-backend`: this Ingress's defaultBackend answers;
 * - `default-backend-unused`: this Ingress's defaultBackend does not answer this request.
 */
export type IngressRouteOutcome =
  | 'selected'
  | 'shorter-match'
  | 'shadowed'
  | 'path-mismatch'
  | 'host-mismatch'
  | 'host-not-selected'
  | 'default-backend'
  | 'default-backend-unused';

export interface IngressRouteCandidate {
  /** "namespace/name" */
  ingress: string;
  host: string | null;
  path: string | null;
  pathType: PathType | null;
  outcome: IngressRouteOutcome;
}

export interface IngressRouteTls {
  /** The Ingress whose TLS section provides the certificate; the Secret lives in its namespace. */
  ingress: string;
  secretName?: string;
  hosts: string[];
}

export interface IngressRouteMatch {
  /** True when a Service backend answers (a rule or a defaultBackend). */
  matched: boolean;
  /** "namespace/name" of the Ingress whose rule or defaultBackend was chosen. */
  ingress?: string;
  rule?: { host: string | null; path: string | null; pathType: PathType | null };
  backend?: IngressRouteBackend;
  /** True when an Ingress's defaultBackend answered rather than a path rule. */
  viaDefaultBackend?: boolean;
  /** For https URLs: the TLS section and Secret the controller presents for this host. */
  tls?: IngressRouteTls;
  /** For http URLs to a host with TLS: ingress-nginx first answers 308 to https (ssl-redirect). */
  httpsRedirect?: boolean;
  reason: string;
  /** Every path and defaultBackend of the given Ingresses, oldest Ingress first, with its outcome. */
  considered: IngressRouteCandidate[];
}

export interface IngressRouteInput {
  url: string;
  /** Ingresses already filtered to one controller/class; their creation order matters. */
  ingresses: readonly Ingress[];
}

const SSL_REDIRECT_ANNOTATION = 'nginx.ingress.kubernetes.io/ssl-redirect';
const USE_REGEX_ANNOTATION = 'nginx.ingress.kubernetes.io/use-regex';

/**
 * How a rule's `host` matches a request host: `exact` (case-insensitive), `wildcard` (`*.foo.com`
 * matches exactly one more leading label: `bar.foo.com`, not `baz.bar.foo.com` nor `foo.com`),
 * or null. The request host must already be lower-cased without port.
 */
export function matchIngressHost(
  ruleHost: string,
  requestHost: string,
): 'exact' | 'wildcard' | null {
  const rule = ruleHost.toLowerCase();
  const host = requestHost.toLowerCase();
  if (rule === host) return 'exact';
  if (!rule.startsWith('*.')) return null;
  const suffix = rule.slice(1);
  if (!host.endsWith(suffix)) return null;
  const label = host.slice(0, host.length - suffix.length);
  return label.length > 0 && !label.includes('.') ? 'wildcard' : null;
}

/**
 * Whether `requestPath` matches a rule path of `pathType`:
 * - `Exact`: the whole path, case-sensitive (`/foo` ≠ `/foo/`);
 * - `Prefix`: element-wise on the `/`-split path, trailing slashes ignored on both sides
 *   (`/foo/bar` matches `/foo/bar/baz`, not `/foo/barbaz`; `/` matches everything);
 * - `ImplementationSpecific`: as ingress-nginx without `use-regex`: a plain nginx prefix location,
 *   i.e. a case-sensitive string prefix (`/foo` matches `/foobar`). An empty path means `/`.
 */
export function matchIngressPath(
  pathType: PathType,
  rulePath: string | undefined,
  requestPath: string,
): boolean {
  const path = rulePath || '/';
  switch (pathType) {
    case 'Exact':
      return path === requestPath;
    case 'Prefix': {
      const want = path.split('/').filter(Boolean);
      const have = requestPath.split('/').filter(Boolean);
      return want.length <= have.length && want.every((element, i) => element === have[i]);
    }
    default:
      return requestPath.startsWith(path);
  }
}

/** Length used for "longest match wins": a Prefix path's trailing slash does not count. */
function specificity(pathType: PathType, path: string): number {
  if (pathType === 'Prefix' && path !== '/') return path.replace(/\/+$/, '').length || 1;
  return path.length;
}

const TYPE_RANK: Record<PathType, number> = { Exact: 3, Prefix: 2, ImplementationSpecific: 1 };

const keyOf = (ing: Ingress): string =>
  `${ing.metadata.namespace ?? 'default'}/${ing.metadata.name ?? ''}`;

/** Oldest first by creationTimestamp (ingress-nginx's order); unknown times count as newest; stable. */
function oldestFirst(ingresses: readonly Ingress[]): Ingress[] {
  const time = (ing: Ingress): number => {
    const t = ing.metadata.creationTimestamp ? Date.parse(ing.metadata.creationTimestamp) : NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return ingresses
    .map((ing, index) => ({ ing, index, t: time(ing) }))
    .sort((a, b) => (a.t === b.t ? a.index - b.index : a.t < b.t ? -1 : 1))
    .map((x) => x.ing);
}

function toBackend(ing: Ingress, backend: IngressBackend): IngressRouteBackend | undefined {
  const ns = ing.metadata.namespace ?? 'default';
  if (backend.service) {
    const port = backend.service.port;
    return { service: `${ns}/${backend.service.name}`, port: port?.number ?? port?.name ?? '' };
  }
  if (backend.resource) return { resource: { ...backend.resource } };
  return undefined;
}

function describeBackend(b: IngressRouteBackend): string {
  return 'service' in b
    ? `Service ${b.service} port ${b.port}`
    : `${b.resource.kind} "${b.resource.name}"`;
}

function unsupportedResource(b: IngressRouteBackend | undefined): string | undefined {
  if (!b || 'service' in b) return undefined;
  const group = b.resource.apiGroup ? ` (apiGroup ${b.resource.apiGroup})` : '';
  return (
    `its backend is a resource backend, ${b.resource.kind} "${b.resource.name}"${group}, which the sandbox does not ` +
    `support (ingress-nginx routes only to Services and skips resource backends), so the controller's default backend answers 404`
  );
}

interface Location {
  ing: Ingress;
  ingressKey: string;
  order: number;
  row: IngressRouteCandidate;
  path: string;
  pathType: PathType;
  backend: IngressBackend;
}

const ruleHostKey = (rule: IngressRule): string | null =>
  rule.host ? rule.host.toLowerCase() : null;

/**
 * Routes `input.url` through `input.ingresses` (one controller's Ingresses) the way ingress-nginx
 * does, and explains the answer.
 *
 * 1. Host: the rules whose host equals the request host (case-insensitive, port stripped) win;
 *    otherwise the wildcard host covering exactly one extra label; otherwise the rules without a
 *    host. Only that one host's rules are considered further — a path miss on `foo.bar.com` does
 *    not fall through to wildcard or host-less rules (one nginx server per host).
 * 2. Rules for the same host from all Ingresses merge; the longest matching path wins, Exact over
 *    Prefix over ImplementationSpecific on equal length, then the oldest Ingress (creationTimestamp,
 *    then input order) and the earlier rule.
 * 3. No path matches: for a named host, the defaultBackend of the oldest Ingress with a rule for
 *    that host; for the rules without a host (and for unknown hosts), the defaultBackend of the
 *    oldest Ingress that has a defaultBackend and no rules at all. An Ingress with rules and a
 *    defaultBackend does not become the catch-all (ingress-nginx createServers).
 *    Otherwise `matched: false`: the controller's own default backend answers 404.
 * 4. A winning resource backend gives `matched: false` with the backend and the reason.
 * 5. https: `tls` comes from the oldest Ingress with a rule for the chosen host and a TLS section,
 *    whose TLS hosts include the host (exact or wildcard); if that Ingress's TLS section does not
 *    list the host, or no Ingress has one, the controller presents its default certificate and
 *    `tls` is absent. http to such a host sets `httpsRedirect` unless the chosen Ingress sets
 *    `nginx.ingress.kubernetes.io/ssl-redirect: "false"`.
 *
 * An unparsable URL gives `matched: false` with the reason and no candidates. Regex paths
 * (`use-regex`) and rewrite annotations are not modelled. Never throws.
 */
export function matchIngressRoute(input: IngressRouteInput): IngressRouteMatch {
  const parsed = parseRequestUrl(input.url);
  if (!parsed.ok)
    return {
      matched: false,
      reason: `Cannot route "${input.url}": ${parsed.reason}`,
      considered: [],
    };
  const { scheme, host, path: requestPath } = parsed.url;
  const ingresses = oldestFirst(input.ingresses);

  const definedHosts = new Set<string>();
  for (const ing of ingresses)
    for (const rule of ing.spec?.rules ?? [])
      if (rule.host) definedHosts.add(rule.host.toLowerCase());
  const dot = host.indexOf('.');
  const wildcard = dot > 0 ? `*${host.slice(dot)}` : undefined;
  const server: string | null = definedHosts.has(host)
    ? host
    : wildcard !== undefined && definedHosts.has(wildcard)
      ? wildcard
      : null;
  const hostKind = server === null ? 'catch-all' : server === host ? 'exact' : 'wildcard';

  const considered: IngressRouteCandidate[] = [];
  const defaultRows = new Map<Ingress, IngressRouteCandidate>();
  const matches: Location[] = [];
  let order = 0;
  let regexNote = false;
  for (const ing of ingresses) {
    const ingressKey = keyOf(ing);
    for (const rule of ing.spec?.rules ?? []) {
      const ruleKey = ruleHostKey(rule);
      for (const p of rule.http?.paths ?? ([] as HTTPIngressPath[])) {
        // An unknown or missing pathType is treated as ImplementationSpecific (the v1beta1 default).
        const pathType: PathType = Object.hasOwn(TYPE_RANK, p.pathType ?? '')
          ? p.pathType
          : 'ImplementationSpecific';
        const path = p.path || '/';
        const row: IngressRouteCandidate = {
          ingress: ingressKey,
          host: rule.host ?? null,
          path,
          pathType,
          outcome: 'host-mismatch',
        };
        considered.push(row);
        order += 1;
        if (ruleKey !== server) {
          const wouldMatch = ruleKey === null || matchIngressHost(ruleKey, host) !== null;
          row.outcome = wouldMatch ? 'host-not-selected' : 'host-mismatch';
          continue;
        }
        if (matchIngressPath(pathType, path, requestPath)) {
          matches.push({ ing, ingressKey, order, row, path, pathType, backend: p.backend });
          if (
            pathType === 'ImplementationSpecific' &&
            ing.metadata.annotations?.[USE_REGEX_ANNOTATION] === 'true'
          )
            regexNote = true;
        } else {
          row.outcome = 'path-mismatch';
        }
      }
    }
    if (ing.spec?.defaultBackend) {
      const row: IngressRouteCandidate = {
        ingress: ingressKey,
        host: null,
        path: null,
        pathType: null,
        outcome: 'default-backend-unused',
      };
      considered.push(row);
      defaultRows.set(ing, row);
    }
  }

  const hostPhrase =
    hostKind === 'exact'
      ? `host "${host}" matches rule host "${server}" exactly`
      : hostKind === 'wildcard'
        ? `host "${host}" matches wildcard rule host "${server}"`
        : `no rule names host "${host}"${wildcard && definedHosts.size ? ` (nor "${wildcard}")` : ''}, so the rules without a host apply`;
  const regexCaveat = regexNote
    ? ' (use-regex is not modelled: ImplementationSpecific paths were matched as plain prefixes)'
    : '';

  const tlsInfo = tlsFor(server, host, ingresses);

  if (matches.length > 0) {
    matches.sort(
      (a, b) =>
        specificity(b.pathType, b.path) - specificity(a.pathType, a.path) ||
        TYPE_RANK[b.pathType] - TYPE_RANK[a.pathType] ||
        a.order - b.order,
    );
    const win = matches[0]!;
    win.row.outcome = 'selected';
    for (const other of matches.slice(1)) {
      other.row.outcome =
        other.path === win.path && other.pathType === win.pathType ? 'shadowed' : 'shorter-match';
    }
    const backend = toBackend(win.ing, win.backend);
    const others = matches.length > 1 ? `, the longest of ${matches.length} matching paths` : '';
    const shadowed = matches.some((m) => m.row.outcome === 'shadowed')
      ? '; the same host and path in newer Ingresses is ignored (the oldest rule wins)'
      : '';
    const pathPhrase = `path "${requestPath}" matches ${win.pathType} "${win.path}" of Ingress ${win.ingressKey}${others}${shadowed}`;
    const rule = { host: win.row.host, path: win.path, pathType: win.pathType };
    const unsupported = unsupportedResource(backend);
    if (unsupported || !backend) {
      return {
        matched: false,
        ingress: win.ingressKey,
        rule,
        ...(backend ? { backend } : {}),
        reason: `${cap(hostPhrase)}; ${pathPhrase}${regexCaveat}; but ${unsupported ?? 'the path has no backend'}`,
        considered,
      };
    }
    return finish(
      {
        matched: true,
        ingress: win.ingressKey,
        rule,
        backend,
        reason: `${cap(hostPhrase)}; ${pathPhrase}${regexCaveat} → ${describeBackend(backend)}`,
        considered,
      },
      scheme,
      tlsInfo,
      win.ing,
    );
  }

  // No path matched: the chosen host's fallback.
  const fallbackOwner =
    server === null
      ? ingresses.find(
          (ing) => ing.spec?.defaultBackend && !(ing.spec.rules && ing.spec.rules.length),
        )
      : ingresses.find((ing) => (ing.spec?.rules ?? []).some((r) => ruleHostKey(r) === server));
  const noPath = considered.some((r) => r.outcome === 'path-mismatch')
    ? `no path of those rules matches "${requestPath}"`
    : server === null
      ? 'there are no rules without a host'
      : `the rules for "${server}" have no paths`;
  const fallback = fallbackOwner?.spec?.defaultBackend;
  if (fallbackOwner && fallback) {
    const ownerKey = keyOf(fallbackOwner);
    defaultRows.get(fallbackOwner)!.outcome = 'default-backend';
    const backend = toBackend(fallbackOwner, fallback);
    const why =
      server === null
        ? `Ingress ${ownerKey} has a defaultBackend and no rules, so it serves every request no rule takes`
        : `Ingress ${ownerKey} introduced host "${server}" and its defaultBackend serves that host's unmatched paths`;
    // Report the host as the owner wrote it (the server key is lower-cased).
    const writtenHost =
      server === null
        ? null
        : ((fallbackOwner.spec?.rules ?? []).find((r) => ruleHostKey(r) === server)?.host ??
          server);
    const rule = { host: writtenHost, path: null, pathType: null };
    const unsupported = unsupportedResource(backend);
    if (unsupported || !backend) {
      return {
        matched: false,
        ingress: ownerKey,
        rule,
        ...(backend ? { backend } : {}),
        viaDefaultBackend: true,
        reason: `${cap(hostPhrase)}; ${noPath}; ${why}, but ${unsupported ?? 'it names no backend'}`,
        considered,
      };
    }
    return finish(
      {
        matched: true,
        ingress: ownerKey,
        rule,
        backend,
        viaDefaultBackend: true,
        reason: `${cap(hostPhrase)}; ${noPath}; ${why} → ${describeBackend(backend)}`,
        considered,
      },
      scheme,
      tlsInfo,
      fallbackOwner,
    );
  }

  let hint = '';
  if (server === null && ingresses.some((ing) => ing.spec?.defaultBackend)) {
    hint =
      '; an Ingress that has rules does not make its defaultBackend the catch-all for other hosts (ingress-nginx uses it only for the hosts that Ingress introduces)';
  }
  const none =
    input.ingresses.length === 0
      ? 'No Ingress of this class exists'
      : `${cap(hostPhrase)}; ${noPath}`;
  return {
    matched: false,
    reason: `${none}${hint}: the controller's default backend answers 404`,
    considered,
  };
}

interface TlsDecision {
  /** The Ingress that decides the certificate for the host, if any has a TLS section. */
  decidedBy?: Ingress;
  tls?: IngressRouteTls;
}

/** ingress-nginx createServers: the oldest Ingress with a rule for the host and a TLS section decides. */
function tlsFor(
  server: string | null,
  requestHost: string,
  ingresses: readonly Ingress[],
): TlsDecision {
  if (server === null) return {};
  for (const ing of ingresses) {
    const hasRule = (ing.spec?.rules ?? []).some((r) => ruleHostKey(r) === server);
    const sections = ing.spec?.tls ?? [];
    if (!hasRule || sections.length === 0) continue;
    for (const section of sections) {
      const hosts = section.hosts ?? [];
      if (
        hosts.some((h) => h.toLowerCase() === server || matchIngressHost(h, requestHost) !== null)
      ) {
        return {
          decidedBy: ing,
          tls: {
            ingress: keyOf(ing),
            ...(section.secretName ? { secretName: section.secretName } : {}),
            hosts: [...hosts],
          },
        };
      }
    }
    return { decidedBy: ing };
  }
  return {};
}

function finish(
  result: IngressRouteMatch,
  scheme: 'http' | 'https',
  tls: TlsDecision,
  chosen: Ingress,
): IngressRouteMatch {
  if (scheme === 'https') {
    if (tls.tls?.secretName) {
      result.tls = tls.tls;
      result.reason += `; TLS terminates with Secret ${tls.tls.ingress.split('/')[0]}/${tls.tls.secretName} (TLS hosts ${tls.tls.hosts.join(', ')})`;
    } else if (tls.tls) {
      result.tls = tls.tls;
      result.reason += `; the TLS section of Ingress ${tls.tls.ingress} lists the host but names no Secret, so the controller's default certificate is presented`;
    } else if (tls.decidedBy) {
      result.reason += `; Ingress ${keyOf(tls.decidedBy)} has a TLS section that does not list this host, so the controller's default certificate is presented`;
    } else {
      result.reason +=
        '; no TLS section covers this host, so the controller presents its default (self-signed) certificate';
    }
  } else if (tls.decidedBy && chosen.metadata.annotations?.[SSL_REDIRECT_ANNOTATION] !== 'false') {
    result.httpsRedirect = true;
    result.reason +=
      '; over plain http ingress-nginx first answers 308, redirecting to https, because TLS is configured for this host';
  }
  return result;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
