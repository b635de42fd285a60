import { buildSchema, getIntrospectionQuery, Kind, parse, validate } from 'graphql';
import { measureOperation, queryLimits } from './query-limits.rule';

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

  it('counts __typename and its aliases like any other field', () => {
    const typenames = `{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect(validate(schema, parse(typenames), limits(10, 40))).toEqual([]);
    const errors = validate(schema, parse(typenames), limits(10, 39));
    expect(errors[0].message).toBe(
      'query selects more than 39 fields; split it into several requests',
    );
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('stops at the limit on a cycle or a fan-out of fragments that select no field', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^30 spreads if nothing counted them.
    let doc = '{ ...F0 }';
    for (let i = 0; i < 30; i++) doc += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
    doc += ' fragment F30 on Query { ...Missing }';
    const document = parse(doc);
    const operation = document.definitions[0];
    if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    const fragments = new Map(
      document.definitions.flatMap((d) =>
        d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
      ),
    );
    expect(measureOperation(operation, fragments, 500).selections).toBe(501);
    const cycle = `{ root { ...A } } fragment A on Node { child { ...B } } fragment B on Node { name ...A }`;
    // NoFragmentCyclesRule (not run here) reports the cycle; this rule only has to terminate.
    expect(validate(schema, parse(cycle), limits(10, 500))).toEqual([]);
  });

  it('lets the GraphiQL introspection query through (ofType chains are not depth)', () => {
    expect(validate(schema, parse(getIntrospectionQuery()), limits(10, 500))).toEqual([]);
  });
});
