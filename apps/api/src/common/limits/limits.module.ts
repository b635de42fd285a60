import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { createLimitStore, type PostgresLimitStore } from './limit-store';
import { LIMIT_STORE } from './limits.tokens';
import { RequestRateLimit } from './request-rate-limit';
import { WrongKeyBackoff } from './wrong-key-backoff';
import { InFlightLimit } from './in-flight-limit';
import { FairShareMiddleware } from './fair-share.middleware';

@Injectable()
class LimitStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(LIMIT_STORE) private readonly store: PostgresLimitStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.pool.end();
  }
}

/** Fair sharing between callers: per-key request rate, in-flight caps, wrong-key back-off. */
@Global()
@Module({})
export class LimitsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: LimitsModule,
      providers: [
        { provide: LIMIT_STORE, useFactory: () => createLimitStore(databaseUrl) },
        LimitStoreShutdown,
        RequestRateLimit,
        WrongKeyBackoff,
        InFlightLimit,
        FairShareMiddleware,
      ],
      exports: [RequestRateLimit, WrongKeyBackoff, InFlightLimit, FairShareMiddleware],
    };
  }
}
