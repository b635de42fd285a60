import { SnapshotCache } from './snapshot-cache';

describe('SnapshotCache', () => {
  it('serves a value only for its revision and never rolls back to an older one', () => {
    const cache = new SnapshotCache<string>(10);
    cache.put('a', 2, 'two');
    expect(cache.get('a', 2)).toBe('two');
    expect(cache.get('a', 1)).toBeUndefined();
    cache.put('a', 1, 'one');
    expect(cache.get('a', 2)).toBe('two');
  });

  it('bounds the summed weight, evicting the least recently used first and keeping the newest', () => {
    const cache = new SnapshotCache<number[]>(10, (objects) => objects.length);
    cache.put('small', 1, [1, 2]);
    cache.put('medium', 1, [1, 2, 3, 4]);
    expect(cache.get('small', 1)).toEqual([1, 2]); // now the most recent
    cache.put('large', 1, [1, 2, 3, 4, 5, 6]);
    expect(cache.get('medium', 1)).toBeUndefined();
    expect(cache.get('small', 1)).toEqual([1, 2]);
    cache.put('huge', 1, new Array(50).fill(0));
    expect(cache.get('huge', 1)).toHaveLength(50);
    expect(cache.get('small', 1)).toBeUndefined();
    expect(cache.get('large', 1)).toBeUndefined();
  });
});
