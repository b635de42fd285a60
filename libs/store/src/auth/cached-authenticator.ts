import { createHash } from 'node:crypto';
import type { Db } from '../prisma-client';
import type { ChangeNotifier } from '../notify/change-notifier';
import { publishChange } from '../notify/change-notifier';
import type { Principal } from '../repositories/tenant.repository';

export interface KeyLookup {
  authenticate(key: string): Promise<Principal | null>;
}

export interface CachedAuthenticatorOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * API-key verification cached per process for a short TTL, so an authenticated read costs no
 * key query. Only valid keys are cached (a key created on another replica works at once), and
 * only while the notifier is connected: a revoke or rotation anywhere calls `keyChanged`, whose
 * notification drops the key on every replica; after a notifier gap everything is dropped.
 */
export class CachedAuthenticator implements KeyLookup {
  private readonly entries = new Map<string, { principal: Principal; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Counts key notifications, so a lookup that raced a revoke is not cached. */
  private keyEvents = 0;

  constructor(
    private readonly keys: KeyLookup,
    private readonly db: Pick<Db, '$executeRaw'>,
    private readonly notifier: ChangeNotifier,
    options: CachedAuthenticatorOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
    notifier.subscribe((event) => {
      if (event.kind === 'apiKey') {
        this.keyEvents += 1;
        this.forgetKey(event.keyId);
      }
    });
    notifier.onResync(() => this.entries.clear());
  }

  async authenticate(key: string): Promise<Principal | null> {
    const digest = createHash('sha256').update(key).digest('base64');
    const hit = this.entries.get(digest);
    if (hit && hit.expires > this.now() && this.notifier.connected) return hit.principal;
    if (hit) this.entries.delete(digest);
    const epoch = this.notifier.epoch;
    const keyEvents = this.keyEvents;
    const principal = await this.keys.authenticate(key);
    // A revoke announced while we asked (or lost in a notifier gap) may not be in this answer.
    const quiet = this.notifier.epoch === epoch && this.keyEvents === keyEvents;
    if (principal && this.notifier.connected && quiet) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      // Never past the key's own expiry: an expired key must fail at once, cached or not.
      const keyExpires = principal.expiresAt?.getTime() ?? Infinity;
      this.entries.set(digest, {
        principal,
        expires: Math.min(this.now() + this.ttlMs, keyExpires),
      });
    }
    return principal;
  }

  /**
   * The hook for key lifecycle code: call it after a key was deleted, rotated or otherwise
   * changed (once committed). Every replica, this one included, forgets the key.
   */
  async keyChanged(keyId: string): Promise<void> {
    this.forgetKey(keyId);
    await publishChange(this.db, { kind: 'apiKey', keyId });
  }

  private forgetKey(keyId: string): void {
    for (const [digest, entry] of this.entries) {
      if (entry.principal.keyId === keyId) this.entries.delete(digest);
    }
  }
}
