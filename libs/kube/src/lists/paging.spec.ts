import type { KubeObject } from '../objects/meta';
import { inKeyOrder, pageOfList } from './paging';

const obj = (namespace: string, name: string): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace, name } }) as KubeObject;
const names = (items: KubeObject[]) =>
  items.map((o) => `${o.metadata.namespace}/${o.metadata.name}`);

describe('limit and continue (ListOptions)', () => {
  const all = inKeyOrder([obj('b', 'x'), obj('a', 'z'), obj('a', 'y'), obj('c', 'w')]);

  it('pages in key order with a continue token and the remaining count, until the last page', () => {
    expect(names(all)).toEqual(['a/y', 'a/z', 'b/x', 'c/w']);
    const first = pageOfList(all, { limit: '2' }, 7);
    expect(names(first.items)).toEqual(['a/y', 'a/z']);
    expect(first.remainingItemCount).toBe(2);
    expect(JSON.parse(Buffer.from(first.continue!, 'base64url').toString())).toEqual({
      v: 'meta.k8s.io/v1',
      rv: 7,
      start: 'a/z',
    });
    const second = pageOfList(all, { limit: 2, continue: first.continue }, 8);
    expect(names(second.items)).toEqual(['b/x', 'c/w']);
    expect(second.continue).toBeUndefined();
  });

  it('a continuation skips what was listed, even when an earlier object went away', () => {
    const first = pageOfList(all, { limit: 1 }, 1, true);
    expect(first.remainingItemCount).toBeUndefined();
    const after = pageOfList(all.slice(1), { continue: first.continue }, 2);
    expect(names(after.items)).toEqual(['a/z', 'b/x', 'c/w']);
  });

  it('no limit, 0 or a negative one lists everything; bad values are 400s with the field', () => {
    for (const limit of [undefined, '', 0, '-1'])
      expect(pageOfList(all, { limit }, 1).items).toHaveLength(4);
    expect(() => pageOfList(all, { limit: 'ten' }, 1)).toThrow('limit: Invalid value: "ten"');
    expect(() => pageOfList(all, { continue: 'not-a-token' }, 1)).toThrow(
      'invalid continue token: continue key is not valid',
    );
  });
});
