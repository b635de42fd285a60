import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@app/store';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/app-config';
import { TooManyRequestsError } from '../errors/too-many-requests';

/** What is capped: open watches, and questions whose cost grows with the cluster. */
export type InFlightKind = 'watch' | 'heavy';

/** Seconds a refused caller is told to wait; the API server's max-in-flight filter says 1. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Per-key caps on work in progress in this process, like the API server's max-in-flight filter
 * (k8s.io/apiserver pkg/server/filters/maxinflight.go): a request over the cap is refused at
 * once with 429 and Retry-After instead of queueing behind the caller's other requests.
 * Per process on purpose, as upstream's: the work it protects is this process's event loop.
 */
@Injectable()
export class InFlightLimit {
  private readonly counts = new Map<string, number>();
  private readonly caps: Record<InFlightKind, number>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.caps = { watch: config.limits.watchesPerKey, heavy: config.limits.heavyRequestsPerKey };
  }

  /** Takes a slot for the caller's key or throws TooManyRequestsError; call the release once. */
  acquire(kind: InFlightKind, principal: Principal): () => void {
    const cap = this.caps[kind];
    if (cap === 0) return () => undefined;
    const slot = `${kind}:${principal.keyId}`;
    const used = this.counts.get(slot) ?? 0;
    if (used >= cap) {
      const what = kind === 'watch' ? 'open watches' : 'heavy questions running';
      throw new TooManyRequestsError(
        `this API key already has ${used} ${what} (the limit is ${cap}); ` +
          'wait for one to finish and try again',
        RETRY_AFTER_SECONDS,
      );
    }
    this.counts.set(slot, used + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(slot) ?? 1) - 1;
      if (left <= 0) this.counts.delete(slot);
      else this.counts.set(slot, left);
    };
  }

  /** Runs `work` in a slot, released however it ends. */
  async run<T>(kind: InFlightKind, principal: Principal, work: () => Promise<T> | T): Promise<T> {
    const release = this.acquire(kind, principal);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Slots in use for a key (tests, diagnostics). */
  inUse(kind: InFlightKind, keyId: string): number {
    return this.counts.get(`${kind}:${keyId}`) ?? 0;
  }
}
