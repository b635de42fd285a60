import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { KubeErrorCode, type KubeError } from '@app/kube';
import { httpStatusOf } from './error-codes';
import { internalProblem } from './problem-json';
import { toKubeError } from './to-kube-error';
import { TooManyRequestsError } from './too-many-requests';
import { requestIdOf } from '../http/request-id';

/** Apollo's code for input a client must fix; REST answers these with 400 or 422. */
const BAD_USER_INPUT = 'BAD_USER_INPUT';

/**
 * `extensions.code` for an error: input errors (BadRequest, Invalid) are Apollo's
 * BAD_USER_INPUT, everything else keeps the REST `code`. `extensions.reason` always carries the
 * REST `code`, so a client can treat both transports alike.
 */
export function graphQLCodeOf(code: KubeErrorCode): string {
  return code === KubeErrorCode.BadRequest || code === KubeErrorCode.Invalid
    ? BAD_USER_INPUT
    : code;
}

function extensionsOf(error: KubeError): Record<string, unknown> {
  return {
    code: graphQLCodeOf(error.code),
    reason: error.code,
    status: httpStatusOf(error.code),
    errors: error.causes.map((c) => ({ field: c.field, message: c.message })),
    ...(error instanceof TooManyRequestsError
      ? { retryAfterSeconds: error.retryAfterSeconds }
      : {}),
  };
}

/** GraphQL rendering of an error: the same message and field errors as REST. */
export function graphQLErrorOf(error: KubeError): GraphQLError {
  return new GraphQLError(error.message, { extensions: extensionsOf(error) });
}

/** Server faults seen in this process, with the request id they were logged under. */
const faultRequestIds = new WeakMap<object, string>();

/** Apollo's codes for requests the client must fix (parse, validation, variables, …). */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT,
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * An error graphql-js raised itself while executing the document (no exception behind it), such
 * as "Schema is not configured to execute subscription operation": the document is at fault.
 */
const isDocumentError = (error: GraphQLError): boolean =>
  !error.originalError && error.extensions?.code === undefined;

/** A refusal the server meant (ours or GraphQL's), as opposed to a fault to log and hide. */
function isKnown(error: GraphQLError): boolean {
  if (toKubeError(unwrapResolverError(error))) return true;
  if (isDocumentError(error)) return true;
  const code = error.extensions?.code;
  return typeof code === 'string' && (CLIENT_ERROR_CODES.has(code) || 'reason' in error.extensions);
}

/**
 * Apollo plugin: logs every unexpected error of an operation with its stack and the request id
 * (X-Request-Id), so the generic answer `formatGraphQLError` gives can be traced in the logs.
 */
export function graphQLFaultLogger(log: (error: unknown, requestId: string) => void) {
  const plugin: ApolloServerPlugin<{ req?: Parameters<typeof requestIdOf>[0] }> = {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors(context) {
          const requestId = context.contextValue.req ? requestIdOf(context.contextValue.req) : '';
          for (const error of context.errors) {
            if (isKnown(error)) continue;
            faultRequestIds.set(error, requestId);
            log(unwrapResolverError(error), requestId);
          }
          return Promise.resolve();
        },
      });
    },
  };
  return plugin;
}

/**
 * Apollo `formatError`: every error a resolver throws (field resolvers under `cluster { … }`
 * included, which Nest's exception filter does not see) gets the REST code, status and field
 * list; GraphQL's own input errors get a field list too; anything else is a generic
 * InternalError naming the request id, never a stack or a message from inside the server.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const kubeError = toKubeError(original);
  if (kubeError) {
    return {
      message: kubeError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: extensionsOf(kubeError),
    };
  }
  if (error instanceof GraphQLError && isKnown(error)) {
    const extensions = { ...formatted.extensions };
    if (isDocumentError(error)) Object.assign(extensions, { code: 'BAD_REQUEST', status: 400 });
    // Our own refusals (query limits, the exception filter's errors) keep their REST reason.
    const reason =
      extensions.reason ??
      (original instanceof GraphQLError ? original.extensions?.reason : undefined);
    if (typeof reason === 'string' && reason in KubeErrorCode) {
      const code = reason as KubeErrorCode;
      Object.assign(extensions, {
        code: graphQLCodeOf(code),
        reason: code,
        status: httpStatusOf(code),
      });
    }
    if (extensions.code === BAD_USER_INPUT || extensions.code === 'GRAPHQL_VALIDATION_FAILED') {
      extensions.status ??= 400;
      if (!Array.isArray(extensions.errors)) {
        extensions.errors = [
          { field: fieldOfInputError(formatted.message), message: formatted.message },
        ];
      }
    }
    return { ...formatted, extensions };
  }
  const requestId = typeof error === 'object' && error ? faultRequestIds.get(error) : undefined;
  return {
    message: internalProblem.detail,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'InternalError', reason: 'InternalError', status: 500, requestId },
  };
}

/** The argument or variable a GraphQL input error names (`Variable "$id" …`, `Argument "x" …`). */
function fieldOfInputError(message: string): string {
  const match = /^(?:Variable|Argument|Field) "\$?([^"]+)"/.exec(message);
  return match ? match[1] : '';
}
