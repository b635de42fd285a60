import { WakeUpTimers } from './wake-up-timers';

describe('WakeUpTimers', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('holds no timer for a cluster where nothing waits, and one per cluster otherwise', () => {
    const fired: string[] = [];
    const timers = new WakeUpTimers(async (id) => void fired.push(id));
    timers.schedule('idle', undefined);
    expect(timers.size).toBe(0);
    timers.schedule('busy', 1_030_000);
    timers.schedule('busy', 1_030_000);
    expect(timers.size).toBe(1);
    jest.advanceTimersByTime(29_999);
    expect(fired).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(fired).toEqual(['busy']);
    expect(timers.size).toBe(0);
  });

  it('moves a timer when the wake-up changes, drops it when nothing waits any more', () => {
    const fired: string[] = [];
    const timers = new WakeUpTimers(async (id) => void fired.push(id));
    timers.schedule('c', 1_060_000);
    timers.schedule('c', 1_010_000);
    jest.advanceTimersByTime(10_000);
    expect(fired).toEqual(['c']);
    timers.schedule('c', 1_090_000);
    timers.schedule('c', undefined);
    jest.advanceTimersByTime(100_000);
    expect(fired).toEqual(['c']);
  });

  it('fires an overdue wake-up at once, but waits a second after a tick that made no progress', () => {
    const fired: string[] = [];
    const timers = new WakeUpTimers(async (id) => void fired.push(id));
    timers.schedule('late', 999_000);
    jest.advanceTimersByTime(0);
    expect(fired).toEqual(['late']);
    timers.schedule('stuck', 999_000, true);
    jest.advanceTimersByTime(999);
    expect(fired).toEqual(['late']);
    jest.advanceTimersByTime(1);
    expect(fired).toEqual(['late', 'stuck']);
    timers.stop();
    timers.schedule('after-stop', 1_000_001);
    expect(timers.size).toBe(0);
  });
});
