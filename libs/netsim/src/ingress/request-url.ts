/**
 * The parts of an HTTP request URL an Ingress controller routes on: scheme, Host (lower-cased,
 * port and trailing dot removed) and the normalised path nginx matches locations against
 * (percent-decoded, `//` merged, `.` and `..` segments resolved; query and fragment dropped).
 */
export interface RequestUrl {
  scheme: 'http' | 'https';
  host: string;
  port?: number;
  path: string;
}

export type ParsedRequestUrl = { ok: true; url: RequestUrl } | { ok: false; reason: string };

/**
 * Parses `raw` without the WHATWG URL class. A missing scheme means `http://`; schemes other than
 * http/https, an empty or malformed host, a bad port or a path escaping the root (`/..`) fail
 * with a reason. Never throws.
 */
export function parseRequestUrl(raw: string): ParsedRequestUrl {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'the URL is empty' };
  let rest = text;
  let scheme: 'http' | 'https' = 'http';
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(text);
  if (schemeMatch) {
    const s = schemeMatch[1]!.toLowerCase();
    if (s !== 'http' && s !== 'https') {
      return {
        ok: false,
        reason: `scheme "${s}" is not routed by an Ingress (only http and https are)`,
      };
    }
    scheme = s;
    rest = text.slice(schemeMatch[0].length);
  }
  const cut = rest.search(/[/?#]/);
  let authority = cut === -1 ? rest : rest.slice(0, cut);
  const afterAuthority = cut === -1 ? '' : rest.slice(cut);
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);

  let host: string;
  let portText: string | undefined;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close === -1) return { ok: false, reason: `malformed IPv6 host in "${raw}"` };
    host = authority.slice(0, close + 1);
    const tail = authority.slice(close + 1);
    if (tail && !tail.startsWith(':')) return { ok: false, reason: `malformed host in "${raw}"` };
    portText = tail ? tail.slice(1) : undefined;
  } else {
    const colon = authority.indexOf(':');
    host = colon === -1 ? authority : authority.slice(0, colon);
    portText = colon === -1 ? undefined : authority.slice(colon + 1);
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host) return { ok: false, reason: `the URL "${raw}" has no host` };
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_*.-]+)$/.test(host))
    return { ok: false, reason: `"${host}" is not a valid host` };
  let port: number | undefined;
  if (portText !== undefined && portText !== '') {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
      return { ok: false, reason: `"${portText}" is not a valid port` };
    }
    port = Number(portText);
  }

  let rawPath = afterAuthority.replace(/[?#].*$/s, '');
  if (!rawPath) rawPath = '/';
  const path = normalisePath(rawPath);
  if (path === null)
    return {
      ok: false,
      reason: `the path "${rawPath}" is invalid (bad escape or it climbs above "/")`,
    };
  return { ok: true, url: { scheme, host, ...(port !== undefined ? { port } : {}), path } };
}

/** nginx's URI normalisation before location matching; null when nginx would answer 400. */
function normalisePath(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const trailing = decoded.endsWith('/') || /\/\.{1,2}$/.test(decoded);
  const out: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
      continue;
    }
    out.push(segment);
  }
  const joined = '/' + out.join('/');
  return trailing && out.length > 0 ? joined + '/' : joined;
}
