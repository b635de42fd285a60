/**
 * Hostname matching of Gateway API (apis/v1 httproute_types.go, Hostnames; gateway_types.go,
 * Listener.Hostname): a listener hostname and a route hostname intersect when they are equal, or
 * one is a wildcard (`*.example.com`) whose suffix the other ends with (the wildcard covers one
 * or more labels, never the bare domain). The intersection is the more specific of the two.
 */

/** `*.example.com` matches `a.example.com` and `a.b.example.com`, not `example.com`. */
export function wildcardCovers(wildcard: string, host: string): boolean {
  if (!wildcard.startsWith('*.')) return wildcard === host;
  const suffix = wildcard.slice(1); // ".example.com"
  return host.length > suffix.length && host.endsWith(suffix);
}

/** The hostname both accept, or undefined when they do not intersect. */
export function intersectHostnames(listener: string, route: string): string | undefined {
  if (listener === route) return listener;
  if (listener.startsWith('*.') && wildcardCovers(listener, route.replace(/^\*\./, 'x.'))) {
    // A route wildcard narrower than (or equal to) the listener wildcard keeps its own form.
    return route.startsWith('*.') || wildcardCovers(listener, route) ? route : undefined;
  }
  if (route.startsWith('*.') && wildcardCovers(route, listener)) return listener;
  return undefined;
}

/**
 * The hostnames a route serves on a listener: the route's own (none = all), narrowed by the
 * listener's (none = any). An empty array means they do not intersect.
 */
export function effectiveHostnames(
  listener: string | undefined,
  route: readonly string[],
): string[] | 'any' {
  if (route.length === 0) return listener ? [listener] : 'any';
  if (!listener) return [...route];
  return route.map((h) => intersectHostnames(listener, h)).filter((h): h is string => !!h);
}

/** Whether a request host (no port, lower case) is one a hostname pattern accepts. */
export function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? wildcardCovers(pattern, host) : pattern === host;
}
