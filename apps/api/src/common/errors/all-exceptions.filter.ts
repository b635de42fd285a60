import {
  Catch,
  Inject,
  Logger,
  Optional,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { KubeErrorCode, type KubeError } from '@app/kube';
import { internalProblemFor, problemOf, sendProblem } from './problem-json';
import { toKubeError } from './to-kube-error';
import { internalStatus, KUBE_FACADE_PATH, kubeStatusOf, sendKubeStatus } from './kube-status';
import { graphQLErrorOf } from './graphql-error.formatter';
import { requestIdOf } from '../http/request-id';
import { WrongKeyBackoff } from '../limits/wrong-key-backoff';

export { graphQLErrorOf } from './graphql-error.formatter';

/**
 * One place that turns failures into responses: problem+json for REST, a Kubernetes `Status`
 * under the kubectl facade (`/v1/clusters/{id}/k8s/...`, the guard's 401 included), a GraphQL
 * error for GraphQL. Unexpected errors are logged with their stack and the request id and
 * answered with a generic 500 naming that id. A refused API key is counted towards the client
 * address's back-off before the answer goes out, so the next request already sees the count.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  constructor(@Optional() @Inject(WrongKeyBackoff) private readonly backoff?: WrongKeyBackoff) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const kubeError = toKubeError(exception);
    const isGraphQL = host.getType<string>() === 'graphql';
    const req = isGraphQL
      ? GqlArgumentsHost.create(host).getContext<{ req?: Request }>().req
      : host.switchToHttp().getRequest<Request>();
    const counted =
      kubeError?.code === KubeErrorCode.Unauthorized && req?.headers.authorization && this.backoff
        ? this.backoff.recordFailure(req)
        : undefined;
    if (isGraphQL) {
      // Rethrown as is when unexpected: graphQLFaultLogger logs it, formatGraphQLError hides it.
      const answer = kubeError ? graphQLErrorOf(kubeError) : exception;
      return counted ? counted.then(() => answer) : answer;
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (counted) void counted.then(() => this.respond(exception, kubeError, req, res));
    else this.respond(exception, kubeError, req, res);
    return undefined;
  }

  private respond(
    exception: unknown,
    kubeError: KubeError | undefined,
    req: Request | undefined,
    res: Response,
  ): void {
    if (res.headersSent) return;
    const requestId = req ? requestIdOf(req) : undefined;
    if (!kubeError) this.logFault(exception, requestId);
    if (KUBE_FACADE_PATH.test(req?.path ?? '')) {
      sendKubeStatus(res, kubeError ? kubeStatusOf(kubeError) : internalStatus);
      return;
    }
    sendProblem(res, kubeError ? problemOf(kubeError) : internalProblemFor(requestId));
  }

  private logFault(exception: unknown, requestId: string | undefined): void {
    const stack = exception instanceof Error ? exception.stack : undefined;
    const message = exception instanceof Error ? exception.message : String(exception);
    this.logger.error(`request ${requestId ?? '?'} failed: ${message}`, stack);
  }
}
