import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { toKubeError } from '../errors/to-kube-error';
import { problemOf, sendProblem } from '../errors/problem-json';
import { KUBE_FACADE_PATH, kubeStatusOf, sendKubeStatus } from '../errors/kube-status';
import { bearerTokenOf, limiterKeyOf } from './limit-keys';
import { RequestRateLimit } from './request-rate-limit';
import { WrongKeyBackoff } from './wrong-key-backoff';

/**
 * Express middleware in front of every route (REST, GraphQL, the kubectl facade), before the
 * body is read: an address backing off after wrong keys, then the per-key request rate. Answers
 * 429 with Retry-After as problem+json, or as a Kubernetes Status under the facade.
 */
@Injectable()
export class FairShareMiddleware {
  constructor(
    private readonly rate: RequestRateLimit,
    private readonly backoff: WrongKeyBackoff,
  ) {}

  handler() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const token = bearerTokenOf(req);
      // No key: public routes, or the guard's 401, which is cheap and counts nothing.
      if (!token) return next();
      // Both counters at once: one database round trip of latency, not two.
      const backoff = this.backoff.check(req);
      const rate = this.rate.consume(limiterKeyOf(token));
      Promise.all([backoff, rate.catch(() => undefined)])
        .then(() => rate)
        .then(
          () => next(),
          (error: unknown) => {
            const refusal = toKubeError(error);
            if (!refusal) return next(error);
            if (KUBE_FACADE_PATH.test(req.path)) sendKubeStatus(res, kubeStatusOf(refusal));
            else sendProblem(res, problemOf(refusal));
          },
        );
    };
  }
}
