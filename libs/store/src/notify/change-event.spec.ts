import { formatChange, parseChange, type ChangeEvent } from './change-event';

describe('change payloads', () => {
  it('round-trips every event kind', () => {
    const events: ChangeEvent[] = [
      { kind: 'cluster', clusterId: '0b7c1c9e-0000-4000-8000-000000000001', revision: 42 },
      { kind: 'clusterDeleted', clusterId: '0b7c1c9e-0000-4000-8000-000000000001' },
      { kind: 'apiKey', keyId: '0b7c1c9e-0000-4000-8000-000000000002' },
    ];
    for (const event of events) expect(parseChange(formatChange(event))).toEqual(event);
  });

  it('ignores payloads it does not understand (a newer replica, a stray NOTIFY)', () => {
    for (const payload of [
      undefined,
      '',
      'c:',
      'c:id',
      'c:id:x',
      'c:id:-1',
      'k:a:b',
      'z:id',
      'd:a:1',
    ]) {
      expect(parseChange(payload)).toBeUndefined();
    }
  });
});
