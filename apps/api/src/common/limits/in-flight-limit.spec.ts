import type { Principal } from '@app/store';
import { loadConfig } from '../../config/app-config';
import { TooManyRequestsError } from '../errors/too-many-requests';
import { InFlightLimit } from './in-flight-limit';

const principal = (keyId: string): Principal => ({
  tenantId: 't',
  tenantName: 't',
  keyId,
  keyName: keyId,
  role: 'learner',
});

const limitOf = (env: Record<string, string>) => new InFlightLimit(loadConfig(env));

describe('InFlightLimit', () => {
  it('refuses the key over its cap with 429 and Retry-After 1 while another key goes on', () => {
    const limit = limitOf({ MAX_HEAVY_REQUESTS_PER_KEY: '2' });
    limit.acquire('heavy', principal('a'));
    limit.acquire('heavy', principal('a'));
    let refusal: unknown;
    try {
      limit.acquire('heavy', principal('a'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(TooManyRequestsError);
    expect((refusal as TooManyRequestsError).retryAfterSeconds).toBe(1);
    expect((refusal as TooManyRequestsError).message).toBe(
      'this API key already has 2 heavy questions running (the limit is 2); wait for one to finish and try again',
    );
    expect(() => limit.acquire('heavy', principal('b'))).not.toThrow();
    // Watches are counted apart from heavy questions.
    expect(() => limit.acquire('watch', principal('a'))).not.toThrow();
  });

  it('frees the slot however the work ends, and a release called twice frees it once', async () => {
    const limit = limitOf({ MAX_HEAVY_REQUESTS_PER_KEY: '1' });
    await expect(
      limit.run('heavy', principal('a'), () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(limit.inUse('heavy', 'a')).toBe(0);
    const release = limit.acquire('heavy', principal('a'));
    release();
    release();
    expect(limit.inUse('heavy', 'a')).toBe(0);
    await expect(limit.run('heavy', principal('a'), () => 42)).resolves.toBe(42);
  });

  it('does not count at all when the cap is 0', () => {
    const limit = limitOf({ MAX_WATCHES_PER_KEY: '0' });
    for (let i = 0; i < 100; i++) limit.acquire('watch', principal('a'));
    expect(limit.inUse('watch', 'a')).toBe(0);
  });
});
