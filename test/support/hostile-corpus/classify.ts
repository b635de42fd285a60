import type { HostileRequest } from './hostile-request';
import type { Reply } from './send';

/** One request the service got wrong. */
export interface Failure {
  route: string;
  /** "500", "timeout", "crash", "unhealthy", "prototype", "slow", "memory". */
  outcome: string;
  /** Stable class: route | outcome | message pattern, or the logged exception and its frame. */
  signature: string;
  /** Which part of the code base the class most likely belongs to (see `areaOf`). */
  area: string;
  label: string;
  input: string;
  status: number;
  body: string;
  /** What the app logged for it: the exception and its first frames in apps/ or libs/. */
  logged?: string;
  ms: number;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/** Numbers, quoted values and ids vary per input; the class of the failure does not. */
export function messagePattern(message: string): string {
  return cut(
    message
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, 'ID')
      .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
      .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
      .replace(/\b\d+(\.\d+)?(e[+-]?\d+)?\b/gi, 'N')
      .replace(/\s+/g, ' ')
      .trim(),
    120,
  );
}

/** The exception's first line and the first frame in the project's own code. */
export function loggedPattern(logged: string): string {
  const lines = logged.split('\n');
  const frame = lines
    .map((l) => /((?:apps|libs)\/[\w./-]+?\.ts)/.exec(l)?.[1])
    .find((f): f is string => Boolean(f));
  return `${messagePattern(lines[0] ?? '')}${frame ? ` @ ${frame}` : ''}`;
}

/** The message a client sees: problem detail, Status message, or the first GraphQL error. */
export function replyMessage(reply: Reply): string {
  try {
    const body = JSON.parse(reply.body) as Record<string, unknown>;
    if (Array.isArray(body.errors) && body.errors[0] && typeof body.errors[0] === 'object') {
      const first = body.errors[0] as { message?: string; extensions?: { code?: string } };
      if (first.extensions?.code) return `${first.extensions.code}: ${first.message ?? ''}`;
    }
    for (const key of ['detail', 'message'])
      if (typeof body[key] === 'string') return body[key] as string;
  } catch {
    // not JSON
  }
  return reply.body.slice(0, 200);
}

/** GraphQL answers errors with 200: an internal error inside `errors` is a 5xx all the same. */
export function graphqlInternal(reply: Reply): boolean {
  try {
    const body = JSON.parse(reply.body) as {
      errors?: Array<{ extensions?: { code?: string; status?: number } }>;
    };
    return (body.errors ?? []).some(
      (e) =>
        e.extensions?.code === 'InternalError' ||
        e.extensions?.code === 'INTERNAL_SERVER_ERROR' ||
        (e.extensions?.status ?? 0) >= 500,
    );
  } catch {
    return false;
  }
}

export const describeInput = (r: HostileRequest): string => {
  const body = r.body ? ` body(${r.body.length} B): ${cut(r.body.toString('utf8'), 300)}` : '';
  return `${r.method} ${cut(r.path, 300)}${r.headers['content-type'] ? ` [${r.headers['content-type']}]` : ''}${body}`;
};

export function failure(
  r: HostileRequest,
  outcome: string,
  reply: Reply,
  logged: string[],
  detail?: string,
): Failure {
  const loggedText = logged.join('\n---\n');
  const pattern =
    (detail !== undefined ? messagePattern(detail) : undefined) ??
    (loggedText
      ? loggedPattern(loggedText)
      : messagePattern(replyMessage(reply) || reply.error || ''));
  const signature = `${r.route} | ${outcome} | ${pattern}`;
  return {
    route: r.route,
    outcome,
    signature,
    area: areaOf(signature, `${r.label} ${describeInput(r).slice(0, 400)}`, loggedText),
    label: r.label,
    input: describeInput(r),
    status: reply.status,
    body: cut(reply.body || reply.error || '', 500),
    logged: loggedText
      ? cut(
          loggedText
            .split('\n')
            .filter((l, i) => i === 0 || /(apps|libs)\//.test(l))
            .slice(0, 6)
            .join('\n'),
          1200,
        )
      : undefined,
    ms: reply.ms,
  };
}

/**
 * A first guess at the owner of a failure class, from where the exception was thrown or, for
 * hangs, what the input was. Only for reading the table; every class fails the run alike.
 */
export function areaOf(signature: string, label: string, logged: string): string {
  const frame = /((?:apps|libs)\/[\w./-]+?\.ts)/.exec(logged)?.[1] ?? '';
  if (/timeout|unhealthy|slow|crash/.test(signature.split(' | ')[1] ?? '')) {
    if (/replicas|scale/i.test(signature + label)) return 'hang: replicas (netsim controllers)';
    if (/patch/i.test(label)) return 'hang: patch bomb (libs/kube patch)';
    return 'hang/crash (other)';
  }
  if (signature.split(' | ')[1] === 'prototype') return 'prototype keys (libs/kube parse & patch)';
  if (/Maximum call stack/.test(logged)) return 'nesting depth (parse limits)';
  if (/^libs\/kube\/src\/(parse|patch|yaml)/.test(frame) || /circular/i.test(logged))
    return 'libs/kube parse & patch';
  if (/^libs\/(kube|netsim)\//.test(frame)) return 'defaulting/validation/admission (libs)';
  if (/^apps\/api\/src\/common\/graphql/.test(frame)) return 'graphql limits/codes';
  if (signature.startsWith('POST /graphql') || signature.startsWith('GET /graphql')) {
    if (!frame || /INTERNAL_SERVER_ERROR/.test(signature)) return 'graphql limits/codes';
  }
  if (/k8s-api\/watch/.test(frame)) return 'watch';
  // Postgres refuses NUL and lone surrogates in stored objects (jsonb): a parse-level class.
  if (/Prisma/.test(logged) && /cluster\.repository/.test(logged))
    return 'NUL / lone surrogate in objects (libs/kube parse)';
  if (frame.startsWith('apps/') || /Prisma/.test(logged)) return 'app request parsing';
  if (/ memory /.test(signature)) return 'memory';
  return 'other';
}

/** One row per class: how many, one example label and input. */
export function summaryTable(failures: Failure[]): string {
  const classes = new Map<string, Failure[]>();
  for (const f of failures) classes.set(f.signature, [...(classes.get(f.signature) ?? []), f]);
  const rows = [...classes.entries()].sort(
    (a, b) => a[1][0].area.localeCompare(b[1][0].area) || b[1].length - a[1].length,
  );
  const areas = new Map<string, number>();
  for (const f of failures) areas.set(f.area, (areas.get(f.area) ?? 0) + 1);
  const lines = [
    `${failures.length} failures in ${rows.length} classes`,
    ...[...areas.entries()].map(([area, n]) => `${String(n).padStart(5)}  ${area}`),
    '',
  ];
  for (const [signature, list] of rows) {
    const example = list[0];
    lines.push(`${String(list.length).padStart(5)}  [${example.area}] ${signature}`);
    lines.push(`       e.g. ${example.label}`);
    lines.push(`       input: ${cut(example.input, 240)}`);
    lines.push(`       status ${example.status}: ${cut(example.body.replace(/\s+/g, ' '), 240)}`);
    if (example.logged) lines.push(`       logged: ${example.logged.replace(/\n\s*/g, ' | ')}`);
  }
  return lines.join('\n');
}
