import { applyMergePatch } from './json-merge-patch';

describe('applyMergePatch (RFC 7386 appendix A)', () => {
  const cases: Array<[unknown, unknown, unknown]> = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  it.each(cases)('%j + %j = %j', (target, patch, expected) => {
    expect(applyMergePatch(target, patch)).toEqual(expected);
  });

  it('does not modify its inputs', () => {
    const target = { metadata: { labels: { app: 'web' } } };
    const patch = { metadata: { labels: { env: 'dev' } } };
    const out = applyMergePatch(target, patch);
    expect(out).toEqual({ metadata: { labels: { app: 'web', env: 'dev' } } });
    expect(target).toEqual({ metadata: { labels: { app: 'web' } } });
  });

  it('scales a deployment the way kubectl scale patches /scale', () => {
    expect(
      applyMergePatch(
        { spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } } },
        { spec: { replicas: 3 } },
      ),
    ).toEqual({
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } } },
    });
  });
});
