import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** A caller's own correlation id is kept when it is short and plain; anything else is replaced. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

type WithRequestId = Request & { requestId?: string };

/** The id of this request (set by `assignRequestId`), shown in X-Request-Id, logs and 500 bodies. */
export function requestIdOf(req: Request): string {
  return (req as WithRequestId).requestId ?? '';
}

/** Gives every request an id and echoes it as `X-Request-Id`, before anything can fail. */
export function assignRequestId() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const offered = req.headers['x-request-id'];
    const id =
      typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
    (req as WithRequestId).requestId = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}
