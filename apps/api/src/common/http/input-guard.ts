import type { NextFunction, Request, Response } from 'express';
import {
  checkInputValue,
  KubeError,
  KubeErrorCode,
  MAX_NESTING_DEPTH,
  unstorableText,
} from '@app/kube';
import { graphQLErrorOf } from '../errors/all-exceptions.filter';
import { httpStatusOf } from '../errors/error-codes';
import { KUBE_FACADE_PATH, kubeStatusOf, sendKubeStatus } from '../errors/kube-status';
import { problemOf, sendProblem } from '../errors/problem-json';

/**
 * The one check every request passes after its body is parsed and before any route runs, so no
 * transport can hand the engines or Postgres what they cannot take: the path, the query string
 * and decoded JSON bodies must hold only storable text (no NUL, no lone surrogate) and nest at
 * most MAX_NESTING_DEPTH levels; a GraphQL document may not nest its brackets deeper than that
 * either (graphql-js parses recursively). YAML text bodies are checked when parsed
 * (`parseManifests`). Failures are rendered per transport: a Kubernetes Status under the facade,
 * a GraphQL error on /graphql, problem+json elsewhere.
 */
export function inputGuard(req: Request, res: Response, next: NextFunction): void {
  try {
    checkPath(req.path);
    checkInputValue(req.query, { where: 'the query string' });
    // Decoded JSON, and text bodies too: a raw NUL in YAML may be stored as text (exercise specs).
    if (req.body !== undefined && !Buffer.isBuffer(req.body)) checkInputValue(req.body);
    if (req.path === '/graphql') {
      const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
      if (typeof query === 'string') checkGraphQLDepth(query);
    }
  } catch (error) {
    if (!(error instanceof KubeError)) return next(error);
    if (KUBE_FACADE_PATH.test(req.path)) sendKubeStatus(res, kubeStatusOf(error));
    else if (req.path === '/graphql') {
      res.status(httpStatusOf(error.code)).json({ errors: [graphQLErrorOf(error).toJSON()] });
    } else sendProblem(res, problemOf(error));
    return;
  }
  next();
}

function checkPath(rawPath: string): void {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return; // malformed escapes are the router's 400
  }
  const why = unstorableText(path);
  if (!why) return;
  const message = `Invalid value: ${JSON.stringify(path)}: ${why}`;
  throw new KubeError(KubeErrorCode.BadRequest, `the request path is invalid: ${message}`, [
    { reason: 'FieldValueInvalid', field: 'path', message },
  ]);
}

/**
 * Bracket depth of a GraphQL document ({ [ and ( outside strings and comments), scanned without
 * recursion. Selection sets count too, so a legal query stays far below the bound (queries are
 * limited to 10 levels of fields).
 */
export function checkGraphQLDepth(query: string, maxDepth = MAX_NESTING_DEPTH): void {
  let depth = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '"') {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) {
          if (query[i] === '\\') i++;
        }
      }
    } else if (c === '{' || c === '[' || c === '(') {
      if (++depth > maxDepth) {
        throw new KubeError(
          KubeErrorCode.BadRequest,
          `the GraphQL document nests brackets more than ${maxDepth} levels deep`,
          [
            {
              reason: 'FieldValueInvalid',
              field: 'query',
              message: `nested more than ${maxDepth} levels deep`,
            },
          ],
        );
      }
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
}
