import { KubeError } from '@app/kube';
import { SingleQueryValuePipe } from './single-query-value.pipe';

describe('SingleQueryValuePipe', () => {
  const pipe = new SingleQueryValuePipe();
  const query = (data: string) => ({ type: 'query' as const, data });

  it('passes one string or an absent parameter through', () => {
    expect(pipe.transform('backend', query('name'))).toBe('backend');
    expect(pipe.transform('', query('name'))).toBe('');
    expect(pipe.transform(undefined, query('name'))).toBeUndefined();
  });

  it('refuses a repeated parameter (name=a&name=b) with a 400 naming it', () => {
    const error = (() => {
      try {
        pipe.transform(['a', 'b'], query('name'));
      } catch (e) {
        return e;
      }
    })() as KubeError;
    expect(error).toBeInstanceOf(KubeError);
    expect(error.code).toBe('BadRequest');
    expect(error.message).toBe('query parameter "name" was given 2 times; give it once');
    expect(error.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'name',
        message: 'Invalid value: ["a","b"]: must be given once',
      },
    ]);
  });

  it('refuses an object (name[x]=1 under an extended parser) and cuts a long value short', () => {
    expect(() => pipe.transform({ x: '1' }, query('kind'))).toThrow(
      'query parameter "kind" was not a single value; give it once',
    );
    try {
      pipe.transform(
        Array.from({ length: 1000 }, () => 'v'),
        query('kind'),
      );
    } catch (e) {
      expect((e as KubeError).causes[0].message.length).toBeLessThan(260);
    }
  });

  it('leaves bodies, path parameters and the whole query object alone', () => {
    const body = { a: [1, 2] };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform(['x'], { type: 'param', data: 'id' })).toEqual(['x']);
    expect(pipe.transform({ a: ['1', '2'] }, { type: 'query' })).toEqual({ a: ['1', '2'] });
  });
});
