import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/app-config';
import { retryAfterSecondsOf, TooManyRequestsError } from '../errors/too-many-requests';
import { clientAddressOf } from './limit-keys';
import { LIMIT_STORE } from './limits.tokens';
import { sharedLimiter, type PostgresLimitStore } from './limit-store';

const COUNTED = Symbol('wrong-key-counted');
const MAX_SUSPECTS = 100_000;

/**
 * Back-off for repeated wrong API keys per client address: after AUTH_FAILURES_PER_ADDRESS
 * refused keys within AUTH_FAILURE_WINDOW_SECONDS, every request from that address that
 * presents a key gets 429 until the window ends, whatever the key (else guessing could go on).
 * Counted in Postgres across processes; the key itself is never stored or logged.
 */
@Injectable()
export class WrongKeyBackoff {
  private readonly logger = new Logger('auth');
  private readonly limiter?: RateLimiterPostgres;
  private readonly failures: number;
  private readonly windowSeconds: number;
  /** Addresses that presented a wrong key to this process within the window, with when. */
  private readonly suspects = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LIMIT_STORE) store: PostgresLimitStore,
  ) {
    this.failures = config.limits.authFailuresPerAddress;
    this.windowSeconds = config.limits.authFailureWindowSeconds;
    if (this.failures === 0) return;
    this.limiter = sharedLimiter(
      store,
      { keyPrefix: 'authfail', points: this.failures, duration: this.windowSeconds },
      { clearExpiredByTimeout: false }, // RequestRateLimit sweeps the shared table
    );
  }

  /**
   * Throws TooManyRequestsError while the request's address is backing off. Only addresses that
   * failed here within the window are looked up in the shared counter, so an ordinary request
   * costs no database round trip; a guesser spread over replicas fails once on each and is then
   * counted everywhere.
   */
  async check(req: Request): Promise<void> {
    if (!this.limiter) return;
    const address = clientAddressOf(req);
    const since = this.suspects.get(address);
    if (since === undefined) return;
    if (Date.now() - since > this.windowSeconds * 1000) {
      this.suspects.delete(address);
      return;
    }
    const state = await this.limiter.get(address).catch(() => null);
    if (!state || state.consumedPoints < this.failures) return;
    const seconds = retryAfterSecondsOf(state.msBeforeNext);
    throw new TooManyRequestsError(
      `${state.consumedPoints} wrong API keys came from your address in the last ` +
        `${this.windowSeconds} s; wait ${seconds} s (see Retry-After) before trying again`,
      seconds,
    );
  }

  /** Counts one refused key for the request's address (once per request); never rejects. */
  async recordFailure(req: Request): Promise<void> {
    const marked = req as Request & { [COUNTED]?: boolean };
    if (!this.limiter || marked[COUNTED]) return;
    marked[COUNTED] = true;
    const address = clientAddressOf(req);
    // Bounded: a flood of addresses starts the list afresh rather than growing it.
    if (this.suspects.size >= MAX_SUSPECTS) this.suspects.clear();
    this.suspects.set(address, Date.now());
    await this.limiter.consume(address).catch((result: unknown) => {
      if (result instanceof Error)
        this.logger.warn(`could not count a refused key: ${result.message}`);
    });
  }
}
