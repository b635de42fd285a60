import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from './depth-limit.rule';

const schema = buildSchema(`type Node { name: String, child: Node } type Query { root: Node }`);
const nested = (depth: number) =>
  `{ root ${'{ child '.repeat(depth - 1)}{ name }${' }'.repeat(depth - 1)} }`;

describe('depthLimit', () => {
  it('accepts operations up to the limit and refuses deeper ones with the depth in the message', () => {
    expect(validate(schema, parse(nested(3)), [depthLimit(4)])).toEqual([]);
    const errors = validate(schema, parse(nested(6)), [depthLimit(4)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('query is nested 7 levels deep; the limit is 4');
  });

  it('follows fragments and does not loop on fragment cycles', () => {
    const query = `{ root { ...A } } fragment A on Node { child { child { child { name } } } }`;
    expect(validate(schema, parse(query), [depthLimit(3)])).toHaveLength(1);
    expect(validate(schema, parse(query), [depthLimit(5)])).toEqual([]);
  });
});
