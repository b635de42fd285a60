import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/app-config';
import { retryAfterSecondsOf, TooManyRequestsError } from '../errors/too-many-requests';
import { LIMIT_STORE } from './limits.tokens';
import { sharedLimiter, type PostgresLimitStore } from './limit-store';

/**
 * Requests per API key per minute (RATE_LIMIT_PER_MINUTE), counted in Postgres so every API
 * process shares one count; if the database cannot answer, each process counts in memory
 * instead (rate-limiter-flexible's insurance limiter) rather than failing the request.
 */
@Injectable()
export class RequestRateLimit {
  private readonly limiter?: RateLimiterPostgres;
  readonly perMinute: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LIMIT_STORE) store: PostgresLimitStore,
  ) {
    this.perMinute = config.limits.requestsPerMinute;
    if (this.perMinute === 0) return;
    this.limiter = sharedLimiter(
      store,
      { keyPrefix: 'req', points: this.perMinute, duration: 60 },
      {
        // A key already over its share is refused from memory until its window ends: a flood
        // costs this process no database round trips.
        inMemoryBlockOnConsumed: this.perMinute + 1,
        // Every 5 minutes (an unref'd timer), rows of any limiter expired an hour ago go.
        clearExpiredByTimeout: true,
      },
    );
  }

  /** Counts one request for `key`; throws TooManyRequestsError with Retry-After when over. */
  async consume(key: string): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(key);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) return; // both stores failed: do not refuse for it
      throw new TooManyRequestsError(
        `this API key made more than ${this.perMinute} requests in a minute; ` +
          `wait ${retryAfterSecondsOf(result.msBeforeNext)} s (see Retry-After) and slow down`,
        retryAfterSecondsOf(result.msBeforeNext),
      );
    }
  }
}
