import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { requestIdOf } from '../http/request-id';

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured logs: one JSON object per line on stdout, e.g. for `jq` or a log shipper. */
export class JsonLogger implements LoggerService {
  constructor(private readonly minimum: Level = 'info') {}

  write(
    level: Level,
    message: unknown,
    context?: string,
    extra: Record<string, unknown> = {},
  ): void {
    if (RANK[level] < RANK[this.minimum]) return;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      context,
      ...extra,
    };
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.stack = message.stack;
    } else {
      entry.msg = typeof message === 'string' ? message : JSON.stringify(message);
    }
    process.stdout.write(`${JSON.stringify(entry)}\n`);
  }

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  /** Nest calls this as (message, stack, context) or (message, context). */
  error(message: unknown, stackOrContext?: string, context?: string): void {
    if (context !== undefined && stackOrContext)
      this.write('error', message, context, { stack: stackOrContext });
    else this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
}

/** One log line per request with its status and duration. */
export function requestLogger(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.write(
        res.statusCode >= 500 ? 'error' : 'info',
        `${req.method} ${req.originalUrl} ${res.statusCode}`,
        'http',
        {
          requestId: requestIdOf(req),
          method: req.method,
          path: req.originalUrl,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
      );
    });
    next();
  };
}
