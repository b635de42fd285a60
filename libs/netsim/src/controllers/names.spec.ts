/** Generated names: SimpleNameGenerator's 5 safe characters, reproducible and bounded. */
import { KubeError } from '@app/kube';
import { seededRandom } from '../ports/seeded-random';
import { generateName, generatedPrefix, MAX_GENERATE_NAME_ATTEMPTS, randomSuffix } from './names';

const SAFE = /^[bcdfghjklmnpqrstvwxz2456789]{5}$/;

describe('generated names', () => {
  it('draws five characters of the safe alphabet, the same sequence for the same seed', () => {
    const a = seededRandom('seed');
    const b = seededRandom('seed');
    const first = Array.from({ length: 20 }, () => randomSuffix(a));
    expect(first.every((s) => SAFE.test(s))).toBe(true);
    expect(Array.from({ length: 20 }, () => randomSuffix(b))).toEqual(first);
    expect(randomSuffix(seededRandom('other'))).not.toBe(first[0]);
  });

  it('spreads over the 27^5 space: 100,000 names from one seed almost never repeat', () => {
    const random = seededRandom('rs-1');
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(randomSuffix(random));
    // Birthday bound for 1e5 draws from 14.3 M: about 350 repeats expected; the old hash gave 1,080 names in all.
    expect(seen.size).toBeGreaterThan(99_000);
  });

  it('every character position uses the whole alphabet', () => {
    const random = seededRandom('positions');
    const perPosition = Array.from({ length: 5 }, () => new Set<string>());
    for (let i = 0; i < 2_000; i++)
      [...randomSuffix(random)].forEach((c, j) => perPosition[j].add(c));
    expect(perPosition.map((s) => s.size)).toEqual([27, 27, 27, 27, 27]);
  });

  it('skips taken names', () => {
    const taken = new Set<string>();
    const random = seededRandom('skip');
    for (let i = 0; i < 5_000; i++) taken.add(generateName('web-', random, (n) => taken.has(n)));
    expect(taken.size).toBe(5_000);
  });

  it(`gives up after ${MAX_GENERATE_NAME_ATTEMPTS} collisions with AlreadyExists instead of searching forever`, () => {
    let tries = 0;
    const attempt = () => generateName('web-', seededRandom('full'), () => (tries++, true), 'pods');
    expect(attempt).toThrow(KubeError);
    expect(tries).toBe(MAX_GENERATE_NAME_ATTEMPTS);
    expect(attempt).toThrow(/^pods "web-[bcdfghjklmnpqrstvwxz2456789]{5}" already exists$/);
  });

  it('cuts the prefix to 58 characters so the name stays within 63', () => {
    const name = generateName('a'.repeat(70), seededRandom('long'), () => false);
    expect(generatedPrefix('a'.repeat(70))).toHaveLength(58);
    expect(name).toHaveLength(63);
  });
});
