import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Pool } from 'pg';
import {
  CachedAuthenticator,
  ChangeNotifier,
  ClusterRepository,
  DEFAULT_CACHED_OBJECTS,
  createPool,
  createPrismaClient,
  ExerciseRepository,
  TenantRepository,
  TlsCertificateRepository,
  type Db,
} from '@app/store';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';

export const DB = Symbol('DB');
/** The node-postgres pool under Prisma, exposed for the pool gauges in /metrics. */
export const DB_POOL = Symbol('DB_POOL');

@Injectable()
class DbShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(DB_POOL) private readonly pool: Pool,
    private readonly notifier: ChangeNotifier,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.notifier.stop();
    await this.db.$disconnect();
    await this.pool.end().catch(() => undefined);
  }
}

async function startNotifier(connectionString: string): Promise<ChangeNotifier> {
  const logger = new Logger('change-notifier');
  const notifier = new ChangeNotifier(connectionString, {
    log: (level, message) =>
      level === 'warn'
        ? logger.warn(message)
        : level === 'info'
          ? logger.log(message)
          : logger.debug(message),
  });
  await notifier.start();
  return notifier;
}

/** The configuration, the Prisma client and the repositories over it, shared by every feature. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(connectionString: string, config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DB_POOL, useFactory: () => createPool(connectionString, config.db) },
        { provide: DB, inject: [DB_POOL], useFactory: (pool: Pool) => createPrismaClient(pool) },
        { provide: ChangeNotifier, useFactory: () => startNotifier(connectionString) },
        DbShutdown,
        {
          provide: TenantRepository,
          inject: [DB],
          useFactory: (db: Db) => new TenantRepository(db),
        },
        {
          provide: TlsCertificateRepository,
          inject: [DB],
          useFactory: (db: Db) => new TlsCertificateRepository(db),
        },
        {
          provide: ExerciseRepository,
          inject: [DB],
          useFactory: (db: Db) => new ExerciseRepository(db),
        },
        {
          provide: CachedAuthenticator,
          inject: [TenantRepository, DB, ChangeNotifier, APP_CONFIG],
          useFactory: (tenants: TenantRepository, db: Db, notifier: ChangeNotifier, c: AppConfig) =>
            new CachedAuthenticator(tenants, db, notifier, { ttlMs: c.apiKeyCacheSeconds * 1000 }),
        },
        {
          provide: ClusterRepository,
          inject: [DB, APP_CONFIG, ChangeNotifier],
          useFactory: (db: Db, config: AppConfig, notifier: ChangeNotifier) =>
            new ClusterRepository(
              db,
              {
                maxClustersPerTenant: config.maxClustersPerTenant,
                maxClustersPerPrincipal: config.maxClustersPerPrincipal,
                maxObjectsPerCluster: config.maxObjectsPerCluster,
              },
              DEFAULT_CACHED_OBJECTS,
              notifier,
            ),
        },
      ],
      exports: [
        APP_CONFIG,
        DB,
        DB_POOL,
        ChangeNotifier,
        CachedAuthenticator,
        TenantRepository,
        ClusterRepository,
        ExerciseRepository,
        TlsCertificateRepository,
      ],
    };
  }
}
