import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /**
   * Selections in one operation with fragments expanded where they are spread: every field and
   * alias (`__typename` and introspection fields included) and every fragment spread.
   */
  maxFields: number;
}

/**
 * `ofType` is a single type reference, not a list: the introspection query nests it eight deep
 * to unwrap `[T!]!`, and that chain cannot multiply the answer, so it does not count as depth.
 */
const CHAIN_FIELDS = new Set(['ofType']);

/** Depth and selection count of an operation; the walk stops as soon as `maxFields` is passed. */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  maxFields: number,
): { depth: number; selections: number } {
  let depth = 0;
  let selections = 0;
  const walk = (set: SelectionSetNode | undefined, level: number, spreading: Set<string>) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (++selections > maxFields) return;
      if (selection.kind === Kind.FIELD) {
        const next = CHAIN_FIELDS.has(selection.name.value) ? level : level + 1;
        depth = Math.max(depth, next);
        walk(selection.selectionSet, next, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, level, spreading);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment already being expanded on this path is a cycle (NoFragmentCyclesRule
        // reports it); unknown fragments are KnownFragmentNamesRule's. Neither is walked.
        if (!fragment || spreading.has(name)) continue;
        spreading.add(name);
        walk(fragment.selectionSet, level, spreading);
        spreading.delete(name);
      }
      if (selections > maxFields) return;
    }
  };
  walk(operation.selectionSet, 0, new Set());
  return { depth, selections };
}

/**
 * Refuses operations nested deeper than `maxDepth` or selecting more than `maxFields` fields,
 * so one request cannot ask for an unbounded tree or thousands of aliases (of a simulation or
 * of `__typename`: 40,000 of those were 3.7 MB). Fragments are expanded where they are spread
 * and every spread counts, so fan-out and cycles cost at most `maxFields` steps.
 */
export function queryLimits({ maxDepth, maxFields }: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    return {
      OperationDefinition(node) {
        const { depth, selections } = measureOperation(node, fragments, maxFields);
        const refuse = (message: string) =>
          context.reportError(
            new GraphQLError(message, {
              nodes: [node],
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'BadRequest',
                status: 400,
                errors: [{ field: node.name?.value ?? '', message }],
              },
            }),
          );
        if (depth > maxDepth)
          refuse(`query is nested ${depth} levels deep; the limit is ${maxDepth}`);
        if (selections > maxFields)
          refuse(`query selects more than ${maxFields} fields; split it into several requests`);
      },
    };
  };
}
