import { buildSchema, parse, validate } from 'graphql';
import { queryLimits } from './query-limits.rule';

const schema = buildSchema(`type Node { name: String, child: Node } type Query { root: Node }`);
const nested = (depth: number) =>
  `{ root ${'{ child '.repeat(depth - 1)}{ name }${' }'.repeat(depth - 1)} }`;
const limits = (maxDepth: number, maxFields = 1000) => [queryLimits({ maxDepth, maxFields })];

describe('queryLimits', () => {
  it('accepts operations up to the depth limit and refuses deeper ones with the depth in the message', () => {
    expect(validate(schema, parse(nested(3)), limits(4))).toEqual([]);
    const errors = validate(schema, parse(nested(6)), limits(4));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('query is nested 7 levels deep; the limit is 4');
  });

  it('follows fragments and does not loop on fragment cycles', () => {
    const query = `{ root { ...A } } fragment A on Node { child { child { child { name } } } }`;
    expect(validate(schema, parse(query), limits(3))).toHaveLength(1);
    expect(validate(schema, parse(query), limits(5))).toEqual([]);
  });

  it('counts aliased fields and fragment fan-out against the field limit', () => {
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: root { name }`).join(' ')} }`;
    expect(validate(schema, parse(aliases), limits(10, 60))).toEqual([]);
    expect(validate(schema, parse(aliases), limits(10, 59))[0].message).toBe(
      'query selects more than 59 fields; split it into several requests',
    );
    // Each fragment doubles the work: ten levels would be 2^10 selections.
    let doc = '{ root { ...F0 } }';
    for (let i = 0; i < 10; i++)
      doc += ` fragment F${i} on Node { a: child { ...F${i + 1} } b: child { ...F${i + 1} } }`;
    doc += ' fragment F10 on Node { name }';
    expect(validate(schema, parse(doc), limits(100, 200))).toHaveLength(1);
  });
});
