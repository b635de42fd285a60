import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { ApiKeyGuard } from './common/auth/api-key.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { SingleQueryValuePipe } from './common/pipes/single-query-value.pipe';
import { queryLimits } from './common/graphql/query-limits.rule';
import { formatGraphQLError, graphQLFaultLogger } from './common/errors/graphql-error.formatter';
import { LimitsModule } from './common/limits/limits.module';
import { JSONScalar } from './common/graphql/json.scalar';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { PlaygroundModule } from './playground/playground.module';
import { TenantsModule } from './tenants/tenants.module';
import { ClustersModule } from './clusters/clusters.module';
import { ClockModule } from './clock/clock.module';
import { ApplyModule } from './apply/apply.module';
import { WorkloadsModule } from './workloads/workloads.module';
import { DnsModule } from './dns/dns.module';
import { EnvModule } from './env/env.module';
import { EndpointsModule } from './endpoints/endpoints.module';
import { ProxyRulesModule } from './proxy-rules/proxy-rules.module';
import { EventsModule } from './events/events.module';
import { TlsModule } from './tls/tls.module';
import { KubeconfigModule } from './kubeconfig/kubeconfig.module';
import { K8sApiModule } from './k8s-api/k8s-api.module';
import { ReachabilityModule } from './reachability/reachability.module';
import { PolicyDiffModule } from './policy-diff/policy-diff.module';
import { IngressRoutingModule } from './ingress-routing/ingress-routing.module';
import { ExercisesModule } from './exercises/exercises.module';
import { AttemptsModule } from './attempts/attempts.module';
import { DatapathModule } from './datapath/datapath.module';
import { requestLoggingParams } from './common/logging/request-logging';
import { SandboxLogger } from './common/logging/sandbox-logger';
import { ConsoleModule } from './console/console.module';

/** About 4 MiB of parsed GraphQL documents (the LRU sizes entries by their JSON length). */
const GRAPHQL_DOCUMENT_CACHE_BYTES = 4 * 2 ** 20;

/** Deep enough for cluster → reachability → endpoints → policies; wide enough for a dashboard. */
const GRAPHQL_LIMITS = { maxDepth: 10, maxFields: 500 };
/** Tokens graphql-js parses before giving up: far above any real operation, so a 1 MiB body of
 * `__typename` cannot keep the parser and the validation rules busy. */
const GRAPHQL_MAX_TOKENS = 20_000;
const faultLogger = new Logger('errors');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(databaseUrl, config),
        LimitsModule.forRoot(databaseUrl),
        LoggerModule.forRoot(requestLoggingParams(config)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          plugins: [
            ApolloServerPluginLandingPageDisabled(),
            graphQLFaultLogger((error, requestId) => {
              const stack = error instanceof Error ? error.stack : undefined;
              faultLogger.error(`request ${requestId || '?'} failed: ${String(error)}`, stack);
            }),
          ],
          formatError: formatGraphQLError,
          parseOptions: { maxTokens: GRAPHQL_MAX_TOKENS },
          // Parsed and validated documents, reused across requests. Apollo's default holds ~30 MiB,
          // which distinct hostile documents fill for good; a class uses a handful of operations.
          documentStore: new InMemoryLRUCache<DocumentNode>({
            maxSize: GRAPHQL_DOCUMENT_CACHE_BYTES,
          }),
          validationRules: [queryLimits(GRAPHQL_LIMITS)],
          resolvers: { JSON: JSONScalar },
          context: ({ req }: { req: Request }) => ({ req }),
        }),
        // One module per feature folder; each exports only the services others use.
        HealthModule,
        MetricsModule,
        PlaygroundModule,
        TenantsModule,
        ClustersModule,
        ClockModule,
        ApplyModule,
        WorkloadsModule,
        DnsModule,
        EnvModule,
        EndpointsModule,
        ProxyRulesModule,
        EventsModule,
        TlsModule,
        KubeconfigModule,
        K8sApiModule,
        ReachabilityModule,
        PolicyDiffModule,
        IngressRoutingModule,
        ExercisesModule,
        AttemptsModule,
        DatapathModule,
        ConsoleModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useClass: SingleQueryValuePipe },
        SandboxLogger,
      ],
    };
  }
}
