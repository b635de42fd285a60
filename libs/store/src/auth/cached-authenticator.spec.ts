import type { ChangeEvent } from '../notify/change-event';
import type { ChangeNotifier } from '../notify/change-notifier';
import type { Principal } from '../repositories/tenant.repository';
import { CachedAuthenticator } from './cached-authenticator';

const principal: Principal = {
  tenantId: 't1',
  tenantName: 'acme',
  keyId: 'k1',
  keyName: 'lab',
  role: 'learner',
};

/** A notifier double: connected or not, and a way to deliver events and reconnects. */
function fakeNotifier() {
  const listeners: Array<(e: ChangeEvent) => void> = [];
  const resyncs: Array<() => void> = [];
  const state = { connected: true, epoch: 1 };
  const notifier = {
    get connected() {
      return state.connected;
    },
    get epoch() {
      return state.epoch;
    },
    subscribe: (l: (e: ChangeEvent) => void) => listeners.push(l),
    onResync: (l: () => void) => resyncs.push(l),
  } as unknown as ChangeNotifier;
  return {
    notifier,
    state,
    deliver: (e: ChangeEvent) => listeners.forEach((l) => l(e)),
    reconnect: () => {
      state.epoch += 1;
      resyncs.forEach((l) => l());
    },
  };
}

function setup() {
  const fake = fakeNotifier();
  let now = 0;
  const lookups: string[] = [];
  const valid = new Set(['kns_good']);
  const published: unknown[] = [];
  const auth = new CachedAuthenticator(
    {
      authenticate: async (key) => {
        lookups.push(key);
        return valid.has(key) ? principal : null;
      },
    },
    { $executeRaw: (async (...args: unknown[]) => published.push(args)) as never },
    fake.notifier,
    { ttlMs: 60_000, now: () => now },
  );
  return { auth, fake, lookups, valid, published, advance: (ms: number) => (now += ms) };
}

describe('cached API-key verification', () => {
  it('never trusts a cached key past its own expiry', async () => {
    let now = 0;
    const lookups: string[] = [];
    const expiring: Principal = { ...principal, expiresAt: new Date(10_000) };
    const auth = new CachedAuthenticator(
      {
        authenticate: async (key) => {
          lookups.push(key);
          return now < 10_000 ? expiring : null;
        },
      },
      { $executeRaw: (async () => 0) as never },
      fakeNotifier().notifier,
      { ttlMs: 60_000, now: () => now },
    );
    expect(await auth.authenticate('kns_soon')).toEqual(expiring);
    now = 9_999;
    expect(await auth.authenticate('kns_soon')).toEqual(expiring);
    expect(lookups).toHaveLength(1);
    now = 10_000;
    expect(await auth.authenticate('kns_soon')).toBeNull();
    expect(lookups).toHaveLength(2);
  });

  it('asks the database once per key per TTL while the notifier is connected', async () => {
    const { auth, lookups, advance } = setup();
    expect(await auth.authenticate('kns_good')).toEqual(principal);
    expect(await auth.authenticate('kns_good')).toEqual(principal);
    expect(lookups).toHaveLength(1);
    advance(60_001);
    await auth.authenticate('kns_good');
    expect(lookups).toHaveLength(2);
  });

  it('never caches an unknown key: one created on another replica works at once', async () => {
    const { auth, lookups, valid } = setup();
    expect(await auth.authenticate('kns_new')).toBeNull();
    valid.add('kns_new');
    expect(await auth.authenticate('kns_new')).toEqual(principal);
    expect(lookups).toEqual(['kns_new', 'kns_new']);
  });

  it('drops a key when any replica announces its revocation, and announces its own', async () => {
    const { auth, fake, lookups, valid, published } = setup();
    await auth.authenticate('kns_good');
    fake.deliver({ kind: 'apiKey', keyId: 'k1' });
    valid.delete('kns_good');
    expect(await auth.authenticate('kns_good')).toBeNull();
    expect(lookups).toHaveLength(2);
    await auth.keyChanged('k1');
    expect(published).toHaveLength(1);
  });

  it('trusts nothing cached while the notifier is down or after it reconnects', async () => {
    const { auth, fake, lookups } = setup();
    await auth.authenticate('kns_good');
    fake.state.connected = false;
    await auth.authenticate('kns_good');
    await auth.authenticate('kns_good');
    expect(lookups).toHaveLength(3);
    fake.state.connected = true;
    await auth.authenticate('kns_good');
    fake.reconnect();
    await auth.authenticate('kns_good');
    expect(lookups).toHaveLength(5);
  });
});
