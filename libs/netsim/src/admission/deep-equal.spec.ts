import { clone, deepEqual } from './deep-equal';

const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('clone', () => {
  it('gives what a JSON round trip gives: undefined dropped, null in arrays, Dates as strings', () => {
    const value = {
      a: 1,
      b: undefined,
      c: [1, undefined, 'x', { d: null, e: undefined }],
      when: new Date('2026-01-01T00:00:00Z'),
      nested: { deep: [[{ f: true }]] },
      notANumber: NaN,
    };
    expect(clone(value)).toStrictEqual(viaJson(value));
  });

  it('copies, so changing the copy leaves the original alone', () => {
    const original = { metadata: { labels: { app: 'web' } }, list: [{ n: 1 }] };
    const copy = clone(original);
    copy.metadata.labels.app = 'db';
    copy.list[0].n = 2;
    expect(original).toEqual({ metadata: { labels: { app: 'web' } }, list: [{ n: 1 }] });
  });

  it('keeps a parsed "__proto__" key as an own property and never changes the prototype', () => {
    const hostile = JSON.parse('{"metadata":{"__proto__":{"polluted":"x"}}}') as {
      metadata: Record<string, unknown>;
    };
    const copy = clone(hostile);
    expect(Object.getPrototypeOf(copy.metadata)).toBe(Object.prototype);
    expect(Object.keys(copy.metadata)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(hostile));
  });
});

describe('deepEqual', () => {
  it('ignores key order and undefined properties, not array order', () => {
    expect(deepEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, d: undefined })).toBe(
      true,
    );
    expect(deepEqual({ c: [1, 2] }, { c: [2, 1] })).toBe(false);
  });
});
