/**
 * Every setting the service reads, validated at start with one clear message per bad value.
 * `.env.example` lists the same names.
 */
export interface AppConfig {
  port: number;
  host: string;
  /** Absent: run the embedded PostgreSQL with its data under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort?: number;
  maxClustersPerTenant: number;
  /** Clusters one learner or instructor key may own (admins: only the tenant's quota). */
  maxClustersPerPrincipal: number;
  maxObjectsPerCluster: number;
  /** How long a verified API key is trusted without a query (revokes reach every replica at once); 0: never. */
  apiKeyCacheSeconds: number;
  /** Per-connection database safety nets (statement_timeout, lock_timeout, idle_in_transaction_session_timeout). */
  db: { statementTimeoutMs: number; lockTimeoutMs: number; idleInTransactionTimeoutMs: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Create tenant `demo` with an admin key on first start against an empty database. */
  createDemoTenant: boolean;
  /** Largest accepted request body. */
  bodyLimitBytes: number;
  /** The HTTPS listener of the Kubernetes facade (kubectl sends tokens only over TLS); 0 picks a free port. */
  httpsPort: number;
  /** Host name kubeconfigs point kubectl at; the serving certificate covers it. */
  publicHost: string;
  /** Serving certificate supplied by configuration instead of the chain generated once and shared through the database. */
  tlsFiles?: { cert: string; key: string; ca: string };
  /** Fair sharing between the callers of one deployment; 0 turns a limit off. */
  limits: {
    /** Requests per API key per minute, counted in Postgres so every replica shares the count. */
    requestsPerMinute: number;
    /** Open watches per API key in one process (the API server's long-running requests). */
    watchesPerKey: number;
    /** Questions whose cost grows with the cluster (matrix, grading, …) running at once per key. */
    heavyRequestsPerKey: number;
    /** Refused API keys per client address within the window before it must wait. */
    authFailuresPerAddress: number;
    authFailureWindowSeconds: number;
  };
  /** Browser origins allowed to call the API (CORS); empty: CORS stays off. */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    problems.push(`${name}=${JSON.stringify(raw)}: must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) {
    problems.push(`${name}=${JSON.stringify(raw)}: must be one of ${allowed.join(', ')}`);
    return fallback;
  }
  return raw as T;
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name}=${JSON.stringify(raw)}: must be true or false`);
  return fallback;
}

function tlsFiles(env: Env, problems: string[]): AppConfig['tlsFiles'] {
  const cert = env.TLS_CERT_FILE?.trim();
  const key = env.TLS_KEY_FILE?.trim();
  const ca = env.TLS_CA_FILE?.trim();
  if (!cert && !key && !ca) return undefined;
  if (!cert || !key || !ca) {
    problems.push(
      'TLS_CERT_FILE, TLS_KEY_FILE and TLS_CA_FILE: set all three, or none to share one generated CA through the database',
    );
    return undefined;
  }
  return { cert, key, ca };
}

function origins(env: Env, problems: string[]): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(
        `CORS_ORIGINS: ${JSON.stringify(origin)} must be an origin like https://lab.example.com (scheme and host, no path)`,
      );
    }
  }
  return list;
}

/** Reads and validates the configuration; throws ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(
      'DATABASE_URL: must be a postgresql:// connection URL (or unset for the embedded database)',
    );
  }
  const config: AppConfig = {
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: env.DATA_DIR?.trim() || '.data',
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT
      ? integer(env, 'EMBEDDED_POSTGRES_PORT', 0, 1, 65535, problems)
      : undefined,
    maxClustersPerTenant: integer(env, 'MAX_CLUSTERS_PER_TENANT', 100, 1, 1_000_000, problems),
    maxClustersPerPrincipal: integer(env, 'MAX_CLUSTERS_PER_PRINCIPAL', 10, 1, 1_000_000, problems),
    maxObjectsPerCluster: integer(env, 'MAX_OBJECTS_PER_CLUSTER', 10_000, 10, 1_000_000, problems),
    apiKeyCacheSeconds: integer(env, 'API_KEY_CACHE_SECONDS', 60, 0, 3_600, problems),
    db: {
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000, problems),
      lockTimeoutMs: integer(env, 'DB_LOCK_TIMEOUT_MS', 5_000, 100, 600_000, problems),
      idleInTransactionTimeoutMs: integer(
        env,
        'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        15_000,
        100,
        600_000,
        problems,
      ),
    },
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['debug', 'info', 'warn', 'error'] as const,
      'info',
      problems,
    ),
    createDemoTenant: boolean(env, 'CREATE_DEMO_TENANT', true, problems),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 16 * 1024 * 1024, problems),
    httpsPort: integer(env, 'HTTPS_PORT', 3443, 0, 65535, problems),
    publicHost: env.PUBLIC_HOST?.trim() || 'localhost',
    tlsFiles: tlsFiles(env, problems),
    limits: {
      requestsPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 1_000_000, problems),
      watchesPerKey: integer(env, 'MAX_WATCHES_PER_KEY', 20, 0, 10_000, problems),
      heavyRequestsPerKey: integer(env, 'MAX_HEAVY_REQUESTS_PER_KEY', 4, 0, 10_000, problems),
      authFailuresPerAddress: integer(env, 'AUTH_FAILURES_PER_ADDRESS', 30, 0, 1_000_000, problems),
      authFailureWindowSeconds: integer(
        env,
        'AUTH_FAILURE_WINDOW_SECONDS',
        300,
        1,
        86_400,
        problems,
      ),
    },
    corsOrigins: origins(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
