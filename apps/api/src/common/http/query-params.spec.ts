import { KubeError } from '@app/kube';
import { parseIntegerParam, parseUuidParam } from './query-params';

const causeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KubeError);
    expect((e as KubeError).code).toBe('BadRequest');
    return (e as KubeError).causes[0];
  }
  throw new Error('expected a KubeError');
};

describe('parseIntegerParam', () => {
  it('reads whole numbers at the bounds and treats absent or empty as absent', () => {
    expect(parseIntegerParam('0', 'after')).toBe(0);
    expect(parseIntegerParam('42', 'after')).toBe(42);
    expect(parseIntegerParam(String(Number.MAX_SAFE_INTEGER), 'after')).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(parseIntegerParam(undefined, 'after')).toBeUndefined();
    expect(parseIntegerParam('', 'after')).toBeUndefined();
    expect(parseIntegerParam('65535', 'port', { min: 1, max: 65535 })).toBe(65535);
  });

  it.each([
    '1e308',
    '1.5',
    '-1',
    ' 7',
    '0x10',
    'NaN',
    'Infinity',
    '9007199254740992',
    '1'.repeat(400),
  ])('refuses %j with the field and the accepted range', (value) => {
    expect(causeOf(() => parseIntegerParam(value, 'after'))).toEqual({
      reason: 'FieldValueInvalid',
      field: 'after',
      message: `Invalid value: ${JSON.stringify(value.slice(0, 100))}: must be an integer between 0 and 9007199254740991, inclusive`,
    });
  });

  it('applies given bounds ± 1', () => {
    expect(() => parseIntegerParam('0', 'port', { min: 1, max: 65535 })).toThrow(KubeError);
    expect(() => parseIntegerParam('65536', 'port', { min: 1, max: 65535 })).toThrow(KubeError);
    expect(parseIntegerParam('1', 'port', { min: 1, max: 65535 })).toBe(1);
  });
});

describe('parseUuidParam', () => {
  it('accepts a UUID in any case and treats empty as absent', () => {
    expect(parseUuidParam('123E4567-e89b-12d3-a456-426614174000', 'learner')).toBe(
      '123E4567-e89b-12d3-a456-426614174000',
    );
    expect(parseUuidParam('', 'learner')).toBeUndefined();
  });

  it.each([
    'x',
    'a\u0000b',
    '123e4567-e89b-12d3-a456-4266141740000',
    ' 123e4567-e89b-12d3-a456-426614174000',
  ])('refuses %j with the field', (value) => {
    expect(causeOf(() => parseUuidParam(value, 'learner'))).toMatchObject({
      reason: 'FieldValueInvalid',
      field: 'learner',
    });
  });
});
