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
import { ClustersController } from './clusters/clusters.controller';
import { ClustersResolver } from './clusters/clusters.resolver';
import { ClustersService } from './clusters/clusters.service';
import { ApplyController } from './apply/apply.controller';
import { ApplyResolver } from './apply/apply.resolver';
import { ApplyService } from './apply/apply.service';
import { ApiKeysController } from './tenants/api-keys.controller';
import { HealthController } from './health/health.controller';
import { PlaygroundController } from './playground/playground.controller';
import { DnsController } from './dns/dns.controller';
import { DnsResolver } from './dns/dns.resolver';
import { DnsService } from './dns/dns.service';
import { EnvController } from './env/env.controller';
import { EnvResolver } from './env/env.resolver';
import { EndpointsController } from './endpoints/endpoints.controller';
import { EndpointsResolver } from './endpoints/endpoints.resolver';
import { ProxyRulesController } from './proxy-rules/proxy-rules.controller';
import { ProxyRulesResolver } from './proxy-rules/proxy-rules.resolver';
import { ProxyRulesService } from './proxy-rules/proxy-rules.service';
import { EventsController } from './events/events.controller';
import { EventsResolver } from './events/events.resolver';
import { EventsService } from './events/events.service';
import { ReadinessController } from './workloads/readiness.controller';
import { WorkloadsResolver } from './workloads/workloads.resolver';
import { WorkloadsService } from './workloads/workloads.service';
import { KubeconfigController } from './kubeconfig/kubeconfig.controller';
import { KubeconfigService } from './kubeconfig/kubeconfig.service';
import { ReachabilityController } from './reachability/reachability.controller';
import { ReachabilityResolver } from './reachability/reachability.resolver';
import { ReachabilityService } from './reachability/reachability.service';
import { IngressRoutingController } from './ingress-routing/ingress-routing.controller';
import { IngressRoutingService } from './ingress-routing/ingress-routing.service';
import { ExercisesController } from './exercises/exercises.controller';
import { ExercisesResolver } from './exercises/exercises.resolver';
import { ExercisesService } from './exercises/exercises.service';
import { AttemptsController } from './attempts/attempts.controller';
import { AttemptsService } from './attempts/attempts.service';
import { HttpsEndpoint } from './tls/https-endpoint';
import { K8sApiController } from './k8s-api/k8s-api.controller';
import { K8sApiService } from './k8s-api/k8s-api.service';
import { requestLoggingParams } from './common/logging/request-logging';
import { SandboxLogger } from './common/logging/sandbox-logger';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';

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
      ],
      controllers: [
        HealthController,
        MetricsController,
        PlaygroundController,
        ApiKeysController,
        ClustersController,
        ApplyController,
        ReadinessController,
        DnsController,
        EnvController,
        EndpointsController,
        ProxyRulesController,
        EventsController,
        KubeconfigController,
        K8sApiController,
        ReachabilityController,
        IngressRoutingController,
        ExercisesController,
        AttemptsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useClass: SingleQueryValuePipe },
        SandboxLogger,
        MetricsService,
        ClustersService,
        ClustersResolver,
        ApplyService,
        ApplyResolver,
        WorkloadsService,
        WorkloadsResolver,
        DnsService,
        DnsResolver,
        EnvResolver,
        EndpointsResolver,
        ProxyRulesService,
        ProxyRulesResolver,
        EventsService,
        EventsResolver,
        HttpsEndpoint,
        KubeconfigService,
        K8sApiService,
        ReachabilityService,
        ReachabilityResolver,
        IngressRoutingService,
        ExercisesService,
        ExercisesResolver,
        AttemptsService,
      ],
    };
  }
}
