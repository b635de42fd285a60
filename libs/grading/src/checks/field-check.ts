/** Field checks: a value read from a stored object with a JSONPath-like path. */
import { notFound, findKind } from '@app/kube';
import type { Simulation } from '@app/netsim';
import type { FieldCheck } from '../spec/exercise-spec';
import { conclude, looseEqual, show, type CheckOutcome } from './check-outcome';
import { parseFieldPath, selectFieldPath } from './field-path';

/**
 * Reads `check.path` from the object as the cluster stores it (defaults and allocations
 * applied: a NodePort the API server picked is visible) and compares: `exists` (the path
 * selects a non-null value), `equals` (scalars by their text, so 30080 equals "30080"; lists
 * and maps structurally), `matches` (every selected value's text matches the regex, and there
 * is at least one). A single-valued path observes the value itself; a path with `[*]` or a
 * filter observes the list. Throws NotFound when the object does not exist.
 */
export function runFieldCheck(sim: Simulation, check: FieldCheck): CheckOutcome {
  const { kind, namespace, name } = check.object;
  const obj = sim.snapshot.objects.find(
    (o) =>
      o.kind === kind && (o.metadata.namespace ?? '') === namespace && o.metadata.name === name,
  );
  const where = namespace ? `${kind} ${namespace}/${name}` : `${kind} ${name}`;
  if (!obj) throw notFound(findKind(kind)?.resource ?? kind, name);
  const path = parseFieldPath(check.path);
  const values = selectFieldPath(obj, path).filter((v) => v !== null && v !== undefined);
  const value = path.multi ? values : values[0];
  const mismatches: string[] = [];
  const { equals, exists, matches } = check.expect;
  if (exists !== undefined && exists !== values.length > 0) {
    mismatches.push(exists ? `${check.path} is not set` : `${check.path} is set`);
  }
  if (Object.hasOwn(check.expect, 'equals') && !looseEqual(value, equals)) {
    mismatches.push(`expected ${check.path} to be ${show(equals)}, got ${show(value)}`);
  }
  if (matches !== undefined) {
    const re = new RegExp(matches);
    const texts = values.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
    if (texts.length === 0 || !texts.every((t) => re.test(t))) {
      mismatches.push(`expected ${check.path} to match /${matches}/, got ${show(value)}`);
    }
  }
  return conclude(check.negate, {
    observed: value === undefined ? null : value,
    expected: check.expect,
    mismatches,
    details: values.length
      ? `${where}: ${check.path} = ${show(value)}`
      : `${where}: ${check.path} is not set`,
  });
}
