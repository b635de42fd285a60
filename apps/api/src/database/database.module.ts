import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  ClusterRepository,
  createPrismaClient,
  ExerciseRepository,
  TenantRepository,
  type Db,
} from '@app/store';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';

export const DB = Symbol('DB');

@Injectable()
class DbShutdown implements OnApplicationShutdown {
  constructor(@Inject(DB) private readonly db: Db) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.$disconnect();
  }
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
        { provide: DB, useFactory: () => createPrismaClient(connectionString, config.db) },
        DbShutdown,
        {
          provide: TenantRepository,
          inject: [DB],
          useFactory: (db: Db) => new TenantRepository(db),
        },
        {
          provide: ExerciseRepository,
          inject: [DB],
          useFactory: (db: Db) => new ExerciseRepository(db),
        },
        {
          provide: ClusterRepository,
          inject: [DB, APP_CONFIG],
          useFactory: (db: Db, config: AppConfig) =>
            new ClusterRepository(db, {
              maxClustersPerTenant: config.maxClustersPerTenant,
              maxClustersPerPrincipal: config.maxClustersPerPrincipal,
              maxObjectsPerCluster: config.maxObjectsPerCluster,
            }),
        },
      ],
      exports: [APP_CONFIG, DB, TenantRepository, ClusterRepository, ExerciseRepository],
    };
  }
}
