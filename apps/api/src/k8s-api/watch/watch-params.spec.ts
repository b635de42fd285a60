import { KubeError } from '@app/kube';
import { parseWatchParams } from './watch-params';

const refusal = (query: Record<string, unknown>): KubeError => {
  try {
    parseWatchParams(query);
  } catch (error) {
    return error as KubeError;
  }
  throw new Error(`accepted ${JSON.stringify(query)}`);
};

describe('parseWatchParams', () => {
  it('reads a whole timeout, treats 0 and absence as "server decides", takes the first of repeated values', () => {
    expect(parseWatchParams({ timeoutSeconds: '30' }).timeoutSeconds).toBe(30);
    expect(parseWatchParams({ timeoutSeconds: '0' }).timeoutSeconds).toBeUndefined();
    expect(parseWatchParams({}).timeoutSeconds).toBeUndefined();
    expect(parseWatchParams({ timeoutSeconds: ['5', 'x'] }).timeoutSeconds).toBe(5);
  });

  it('refuses a timeout that is not an integer with strconv.ParseInt’s words, as the API server', () => {
    for (const raw of ['abc', '1.5', '', ' 3', '1e3']) {
      const error = refusal({ timeoutSeconds: raw });
      expect(error.code).toBe('BadRequest');
      expect(error.message).toBe(
        `strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax`,
      );
      expect(error.causes[0].field).toBe('timeoutSeconds');
    }
    expect(refusal({ timeoutSeconds: '99999999999999999999' }).message).toBe(
      'strconv.ParseInt: parsing "99999999999999999999": value out of range',
    );
  });

  it('refuses a negative timeout instead of ending the watch at once', () => {
    expect(refusal({ timeoutSeconds: '-5' }).message).toBe(
      'timeoutSeconds: Invalid value: -5: must be greater than or equal to 0',
    );
  });

  it('accepts resourceVersion "", "0" and unsigned integers, refuses anything else', () => {
    expect(parseWatchParams({ resourceVersion: '42' }).resourceVersion).toBe('42');
    expect(parseWatchParams({}).resourceVersion).toBe('');
    expect(refusal({ resourceVersion: 'abc' }).message).toBe(
      'resourceVersion: Invalid value: "abc": strconv.ParseUint: parsing "abc": invalid syntax',
    );
    expect(refusal({ resourceVersion: '-1' }).causes[0].field).toBe('resourceVersion');
  });

  it('reads allowWatchBookmarks leniently: only "false" and "0" are false', () => {
    expect(parseWatchParams({ allowWatchBookmarks: 'true' }).allowWatchBookmarks).toBe(true);
    expect(parseWatchParams({ allowWatchBookmarks: 'yes' }).allowWatchBookmarks).toBe(true);
    expect(parseWatchParams({ allowWatchBookmarks: 'FALSE' }).allowWatchBookmarks).toBe(false);
    expect(parseWatchParams({ allowWatchBookmarks: '0' }).allowWatchBookmarks).toBe(false);
    expect(parseWatchParams({}).allowWatchBookmarks).toBe(false);
  });
});
