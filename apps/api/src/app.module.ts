import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.token';
import { DatabaseModule } from './database/database.module';
import { ApiKeyGuard } from './common/auth/api-key.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { depthLimit } from './common/graphql/depth-limit.rule';
import { JSONScalar } from './common/graphql/json.scalar';
import { ClustersController } from './clusters/clusters.controller';
import { ClustersResolver } from './clusters/clusters.resolver';
import { ClustersService } from './clusters/clusters.service';
import { ApplyController } from './apply/apply.controller';
import { ApplyResolver } from './apply/apply.resolver';
import { ApplyService } from './apply/apply.service';
import { ApiKeysController } from './tenants/api-keys.controller';
import { HealthController } from './health/health.controller';
import { PlaygroundController } from './playground/playground.controller';

/** GraphQL nesting limit: deep enough for cluster → services → endpoints → …, not unbounded. */
const MAX_QUERY_DEPTH = 10;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          plugins: [ApolloServerPluginLandingPageDisabled()],
          validationRules: [depthLimit(MAX_QUERY_DEPTH)],
          resolvers: { JSON: JSONScalar },
          context: ({ req }: { req: Request }) => ({ req }),
        }),
      ],
      controllers: [HealthController, PlaygroundController, ApiKeysController, ClustersController, ApplyController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        ClustersService,
        ClustersResolver,
        ApplyService,
        ApplyResolver,
      ],
    };
  }
}
