import type { Response } from 'express';
import type { KubeError } from '@app/kube';
import { httpStatusOf, RETRY_AFTER_SECONDS, titleOf } from './error-codes';
import { TooManyRequestsError } from './too-many-requests';

/** RFC 9457 problem details with the field errors a learner can act on. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: Array<{ field: string; message: string }>;
  /** Correlation id of a server fault: the same value as the X-Request-Id header and the log line. */
  requestId?: string;
  /** Set on 429 answers, with the same value as the Retry-After header. */
  retryAfterSeconds?: number;
}

export function problemOf(error: KubeError): Problem {
  const status = httpStatusOf(error.code);
  return {
    type: `https://kube-network-sandbox.dev/problems/${error.code}`,
    title: titleOf(error.code),
    status,
    detail: error.message,
    code: error.code,
    errors: error.causes.map((c) => ({ field: c.field, message: c.message })),
    ...(error instanceof TooManyRequestsError
      ? { retryAfterSeconds: error.retryAfterSeconds }
      : {}),
  };
}

export function sendProblem(res: Response, problem: Problem): void {
  if (problem.retryAfterSeconds !== undefined)
    res.setHeader('Retry-After', String(problem.retryAfterSeconds));
  else if (problem.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** The 500 answer, naming the request id a learner can quote to find the logged stack. */
export function internalProblemFor(requestId: string | undefined): Problem {
  return requestId ? { ...internalProblem, requestId } : internalProblem;
}

export const internalProblem: Problem = {
  type: 'https://kube-network-sandbox.dev/problems/InternalError',
  title: 'Internal server error',
  status: 500,
  detail: 'the server failed to handle this request; it has been logged',
  code: 'InternalError',
  errors: [],
};
