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

/** How long a request waits for a pooled connection before it fails (503) instead of hanging. */
const CONNECT_TIMEOUT_MS = 5_000;

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

function newPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection dying (Postgres restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
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
        { provide: DB_POOL, useFactory: () => newPool(connectionString) },
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
          inject: [TenantRepository, DB, ChangeNotifier],
          useFactory: (tenants: TenantRepository, db: Db, notifier: ChangeNotifier) =>
            new CachedAuthenticator(tenants, db, notifier),
        },
        {
          provide: ClusterRepository,
          inject: [DB, APP_CONFIG, ChangeNotifier],
          useFactory: (db: Db, config: AppConfig, notifier: ChangeNotifier) =>
            new ClusterRepository(
              db,
              {
                maxClustersPerTenant: config.maxClustersPerTenant,
                maxObjectsPerCluster: config.maxObjectsPerCluster,
              },
              200,
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
