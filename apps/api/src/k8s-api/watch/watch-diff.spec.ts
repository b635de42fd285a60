import type { KubeObject } from '@app/kube';
import { diffWatch, initialEvents, watchStateOf } from './watch-diff';

const svc = (name: string, rv: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'default', resourceVersion: rv },
});

describe('watch diff', () => {
  it('starts with synthetic ADDED events for resourceVersion "" or "0"', () => {
    const items = [svc('a', '3'), svc('b', '5')];
    expect(initialEvents(items, '').map((e) => e.type)).toEqual(['ADDED', 'ADDED']);
    expect(initialEvents(items, '0')).toHaveLength(2);
  });

  it('sends only what changed after a given resourceVersion', () => {
    const items = [svc('a', '3'), svc('b', '5')];
    expect(initialEvents(items, '4')).toEqual([{ type: 'MODIFIED', object: items[1] }]);
    expect(initialEvents(items, '5')).toEqual([]);
    expect(initialEvents(items, 'garbage')).toEqual([]);
  });

  it('reports additions, modifications and deletions between polls', () => {
    const before = watchStateOf([svc('a', '3'), svc('b', '5'), svc('c', '5')]);
    const { events, state } = diffWatch(before, [svc('a', '3'), svc('b', '6'), svc('d', '6')]);
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
      'MODIFIED b',
      'ADDED d',
      'DELETED c',
    ]);
    expect(diffWatch(state, [...state.values()]).events).toEqual([]);
  });
});
