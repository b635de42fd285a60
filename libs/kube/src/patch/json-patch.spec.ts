import { KubeError, KubeErrorCode } from '../errors';
import { applyJsonPatch, PATCH_REJECTED_MESSAGE } from './json-patch';

function failure(fn: () => unknown): KubeError {
  try {
    fn();
  } catch (e) {
    return e as KubeError;
  }
  throw new Error('expected a KubeError');
}

describe('applyJsonPatch (RFC 6902 appendix A)', () => {
  it('A.1 adds an object member', () => {
    expect(applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }])).toEqual({
      foo: 'bar',
      baz: 'qux',
    });
  });
  it('A.2 adds an array element', () => {
    expect(
      applyJsonPatch({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }]),
    ).toEqual({ foo: ['bar', 'qux', 'baz'] });
  });
  it('A.3 removes an object member', () => {
    expect(applyJsonPatch({ baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }])).toEqual({
      foo: 'bar',
    });
  });
  it('A.4 removes an array element', () => {
    expect(
      applyJsonPatch({ foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }]),
    ).toEqual({ foo: ['bar', 'baz'] });
  });
  it('A.5 replaces a value', () => {
    expect(
      applyJsonPatch({ baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }]),
    ).toEqual({ baz: 'boo', foo: 'bar' });
  });
  it('A.6 moves a value', () => {
    const doc = { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } };
    expect(applyJsonPatch(doc, [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }])).toEqual({
      foo: { bar: 'baz' },
      qux: { corge: 'grault', thud: 'fred' },
    });
  });
  it('A.7 moves an array element', () => {
    expect(
      applyJsonPatch({ foo: ['all', 'grass', 'cows', 'eat'] }, [
        { op: 'move', from: '/foo/1', path: '/foo/3' },
      ]),
    ).toEqual({
      foo: ['all', 'cows', 'eat', 'grass'],
    });
  });
  it('A.8 passes a test', () => {
    const doc = { baz: 'qux', foo: ['a', 2, 'c'] };
    expect(
      applyJsonPatch(doc, [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
      ]),
    ).toEqual(doc);
  });
  it('A.9 a failed test is a 422 carrying the evanphx detail', () => {
    const err = failure(() =>
      applyJsonPatch({ baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }]),
    );
    expect(err.code).toBe(KubeErrorCode.Invalid);
    expect(err.message).toBe(PATCH_REJECTED_MESSAGE);
    expect(err.causes[0].message).toBe('testing value /baz failed: test failed');
  });
  it('A.10 adds a nested member object', () => {
    expect(
      applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/child', value: { grandchild: {} } }]),
    ).toEqual({
      foo: 'bar',
      child: { grandchild: {} },
    });
  });
  it('A.11 ignores unrecognized members of an operation', () => {
    expect(
      applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux', xyz: 123 }]),
    ).toEqual({ foo: 'bar', baz: 'qux' });
  });
  it('A.12 adding to a nonexistent target fails', () => {
    const err = failure(() =>
      applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/baz/bat', value: 'qux' }]),
    );
    expect(err.code).toBe(KubeErrorCode.Invalid);
    expect(err.causes[0].message).toContain('doc is missing path');
  });
  it('A.14 unescapes ~0 and ~1', () => {
    expect(applyJsonPatch({ '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }])).toEqual(
      { '/': 9, '~1': 10 },
    );
    expect(
      applyJsonPatch({ metadata: { labels: {} } }, [
        { op: 'add', path: '/metadata/labels/app.kubernetes.io~1name', value: 'web' },
      ]),
    ).toEqual({
      metadata: { labels: { 'app.kubernetes.io/name': 'web' } },
    });
  });
  it('A.15 compares strings and numbers strictly', () => {
    const err = failure(() =>
      applyJsonPatch({ '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: '10' }]),
    );
    expect(err.causes[0].message).toBe('testing value /~01 failed: test failed');
  });
  it('A.16 adds an array value', () => {
    expect(
      applyJsonPatch({ foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }]),
    ).toEqual({ foo: ['bar', ['abc', 'def']] });
  });
  it('copies values and leaves the input untouched', () => {
    const doc = { spec: { replicas: 1 } };
    expect(
      applyJsonPatch(doc, [{ op: 'copy', from: '/spec/replicas', path: '/spec/min' }]),
    ).toEqual({ spec: { replicas: 1, min: 1 } });
    expect(doc).toEqual({ spec: { replicas: 1 } });
  });
  it('is all or nothing and rejects removal of a missing member', () => {
    const err = failure(() =>
      applyJsonPatch({ a: 1 }, [
        { op: 'add', path: '/b', value: 2 },
        { op: 'remove', path: '/c' },
      ]),
    );
    expect(err.code).toBe(KubeErrorCode.Invalid);
    expect(err.causes[0].message).toBe(
      'remove operation does not apply: doc is missing path: "/c": missing value',
    );
  });
  it('bounds the work of one patch as the API server does: operations and accumulated copies', () => {
    const tooMany = Array.from({ length: 10_001 }, () => ({ op: 'test', path: '/a', value: 1 }));
    expect(() => applyJsonPatch({ a: 1 }, tooMany)).toThrow(
      'The allowed maximum operations in a JSON patch is 10000, got 10001',
    );
    // Each copy doubles the document: 40 of them would need 2^40 times its size.
    const doubling = [{ op: 'add', path: '/x', value: ['y'.repeat(1000)] }];
    for (let i = 0; i < 40; i++) doubling.push({ op: 'copy', from: '/x', path: '/x/-' } as never);
    try {
      applyJsonPatch({}, doubling);
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as KubeError).code).toBe(KubeErrorCode.Invalid);
      expect((e as KubeError).causes[0].message).toMatch(
        /^Unable to complete the copy, the accumulated size increase of copy is \d+, exceeding the limit 3145728$/,
      );
    }
  });

  it('rejects an unknown op and a body that is not a list', () => {
    expect(failure(() => applyJsonPatch({}, [{ op: 'frob', path: '/a' }])).causes[0].message).toBe(
      'Unexpected kind: frob',
    );
    expect(failure(() => applyJsonPatch({}, { op: 'add' })).code).toBe(KubeErrorCode.BadRequest);
  });
});
