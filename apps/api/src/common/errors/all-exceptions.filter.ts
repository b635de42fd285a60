import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { Request, Response } from 'express';
import type { KubeError } from '@app/kube';
import { httpStatusOf } from './error-codes';
import { internalProblem, problemOf, sendProblem } from './problem-json';
import { toKubeError } from './to-kube-error';
import { internalStatus, KUBE_FACADE_PATH, kubeStatusOf, sendKubeStatus } from './kube-status';

/** GraphQL rendering of an error: the same message and field errors as REST. */
export function graphQLErrorOf(error: KubeError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      status: httpStatusOf(error.code),
      errors: error.causes.map((c) => ({ field: c.field, message: c.message })),
    },
  });
}

/**
 * One place that turns failures into responses: problem+json for REST, a Kubernetes `Status`
 * under the kubectl facade (`/v1/clusters/{id}/k8s/...`, the guard's 401 included), a GraphQL
 * error for GraphQL. Unexpected errors are logged and answered with a generic 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const kubeError = toKubeError(exception);
    if (host.getType<string>() === 'graphql') {
      if (kubeError) return graphQLErrorOf(kubeError);
      if (exception instanceof GraphQLError) return exception;
      this.logger.error(exception);
      return new GraphQLError(internalProblem.detail, {
        extensions: { code: 'InternalError', status: 500 },
      });
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    if (KUBE_FACADE_PATH.test(host.switchToHttp().getRequest<Request>().path ?? '')) {
      if (!kubeError) this.logger.error(exception);
      sendKubeStatus(res, kubeError ? kubeStatusOf(kubeError) : internalStatus);
      return undefined;
    }
    if (kubeError) {
      sendProblem(res, problemOf(kubeError));
    } else {
      this.logger.error(exception);
      sendProblem(res, internalProblem);
    }
    return undefined;
  }
}
