/** The Postgres pool the fair-sharing counters use (see limit-store.ts). */
export const LIMIT_STORE = Symbol('LIMIT_STORE');
