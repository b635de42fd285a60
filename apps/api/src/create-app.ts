import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { SandboxLogger } from './common/logging/sandbox-logger';
import { MetricsService } from './metrics/metrics.service';
import { internalProblemFor, problemOf, sendProblem } from './common/errors/problem-json';
import { assignRequestId, requestIdOf } from './common/http/request-id';
import { FairShareMiddleware } from './common/limits/fair-share.middleware';
import { securityHeaders } from './common/http/security-headers';
import { toKubeError } from './common/errors/to-kube-error';
import { KUBE_FACADE_PATH, kubeStatusOf, sendKubeStatus } from './common/errors/kube-status';
import { PLAYGROUND_HTML } from './playground/playground-page';
import { inputGuard } from './common/http/input-guard';

/** Media types the apply endpoint reads as text (YAML, or JSON sent as text). */
const TEXT_TYPES = [
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
  'text/plain',
];

/**
 * Builds the HTTP application (used by main.ts and the e2e tests): body limits, error rendering
 * for failures that happen before a route runs, the offline playground, and the OpenAPI docs.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      bodyParser: false,
      // Held until the pino logger below takes over, so start-up lines are structured too.
      bufferLogs: true,
      // Throw instead of exiting so main.ts and the tests report why the app could not start.
      abortOnError: false,
    },
  );
  const logger = app.get(SandboxLogger);
  app.useLogger(logger);
  // First, so every request is timed, those refused by a body parser included.
  app.use(app.get(MetricsService).middleware());
  app.use(assignRequestId());
  app.use(securityHeaders());
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['Retry-After', 'X-Request-Id'] });
  }
  // Before the body is read: a caller over its share costs one counter update, nothing more.
  app.use(app.get(FairShareMiddleware).handler());
  // A browser asking for /graphql gets the playground page; API clients reach Apollo.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (
      req.method === 'GET' &&
      !req.query.query &&
      req.accepts(['text/html', 'application/json']) === 'text/html'
    ) {
      res.type('html').send(PLAYGROUND_HTML);
      return;
    }
    next();
  });
  // The kubectl facade also receives server-side apply (YAML or JSON) and protobuf bodies.
  const facadeParsers = [
    express.raw({ limit: config.bodyLimitBytes, type: 'application/vnd.kubernetes.protobuf' }),
    express.text({ limit: config.bodyLimitBytes, type: 'application/apply-patch+yaml' }),
  ];
  for (const parse of facadeParsers) {
    app.use((req: Request, res: Response, next: NextFunction) =>
      KUBE_FACADE_PATH.test(req.path) ? parse(req, res, next) : next(),
    );
  }
  app.use(
    express.json({
      limit: config.bodyLimitBytes,
      type: ['application/json', 'application/*+json'],
    }),
  );
  app.use(express.text({ limit: config.bodyLimitBytes, type: TEXT_TYPES }));
  // Body-parser failures (too large, malformed JSON) happen before Nest's filters can see them.
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const kubeError = toKubeError(error);
    if (!kubeError) {
      const fault = error instanceof Error ? error : new Error(String(error));
      logger.error(`request ${requestIdOf(req)} failed: ${fault.message}`, fault.stack, 'errors');
    }
    if (KUBE_FACADE_PATH.test(req.path) && kubeError) sendKubeStatus(res, kubeStatusOf(kubeError));
    else sendProblem(res, kubeError ? problemOf(kubeError) : internalProblemFor(requestIdOf(req)));
  });
  // No NUL, lone surrogate or runaway nesting gets past here, whichever transport it came by.
  app.use(inputGuard);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kube Network Sandbox')
      .setDescription(
        'Virtual Kubernetes clusters that answer networking questions as a real cluster would. ' +
          'Authenticate with `Authorization: Bearer <api key>`. Errors are application/problem+json ' +
          'with `errors: [{field, message}]`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  // On SIGTERM/SIGINT: run the shutdown hooks, then exit through process.exit so 'exit' listeners
  // run — the embedded PostgreSQL stops on one (re-raising the signal would skip them).
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  return app;
}
