import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Field selections in one operation, fragments expanded where they are used (aliases count). */
  maxFields: number;
}

/**
 * Refuses operations nested deeper than `maxDepth` or selecting more than `maxFields` fields
 * (fragments followed; the walk stops once over the limit, so fragment fan-out cannot blow up),
 * so one request cannot ask for an unbounded tree or thousands of aliased simulations.
 */
export function queryLimits({ maxDepth, maxFields }: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    return {
      OperationDefinition(node) {
        let depth = 0;
        let fields = 0;
        const walk = (
          set: SelectionSetNode | undefined,
          level: number,
          seen: Set<string>,
        ): void => {
          if (!set || fields > maxFields) return;
          for (const selection of set.selections) {
            if (selection.kind === Kind.FIELD) {
              if (selection.name.value.startsWith('__')) continue;
              fields++;
              depth = Math.max(depth, level + 1);
              walk(selection.selectionSet, level + 1, seen);
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              walk(selection.selectionSet, level, seen);
            } else {
              const name = selection.name.value;
              const fragment = fragments.get(name);
              if (fragment && !seen.has(name))
                walk(fragment.selectionSet, level, new Set(seen).add(name));
            }
            if (fields > maxFields) return;
          }
        };
        walk(node.selectionSet, 0, new Set());
        const refuse = (message: string) =>
          context.reportError(
            new GraphQLError(message, {
              nodes: [node],
              extensions: { code: 'BadRequest', status: 400 },
            }),
          );
        if (depth > maxDepth)
          refuse(`query is nested ${depth} levels deep; the limit is ${maxDepth}`);
        if (fields > maxFields)
          refuse(`query selects more than ${maxFields} fields; split it into several requests`);
      },
    };
  };
}
