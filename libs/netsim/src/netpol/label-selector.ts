import type { LabelSelector, LabelSelectorRequirement } from '@app/kube';

/**
 * Whether `labels` satisfy `selector`, with apimachinery's semantics
 * (k8s.io/apimachinery/pkg/labels/selector.go, `Requirement.Matches`):
 * - an empty selector `{}` matches everything; matchLabels and matchExpressions are ANDed;
 * - `In` needs the key present with one of the values; `NotIn` matches when the key is absent
 *   or its value is not listed; `Exists` / `DoesNotExist` test only the key.
 * The caller decides what an absent (undefined) selector means; here it matches everything.
 * Kept in netsim until `@app/kube` exports a shared selector matcher.
 */
export function matchesSelector(
  selector: LabelSelector | undefined,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (!selector) return true;
  const wanted = selector.matchLabels;
  if (wanted) {
    for (const key of Object.keys(wanted)) if (labels[key] !== wanted[key]) return false;
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!requirementMatches(requirement, labels)) return false;
  }
  return true;
}

function requirementMatches(
  requirement: LabelSelectorRequirement,
  labels: Readonly<Record<string, string>>,
): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case 'In':
      return has && (requirement.values ?? []).includes(value);
    case 'NotIn':
      return !has || !(requirement.values ?? []).includes(value);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      // An unknown operator never matches (validation rejects it before it is stored).
      return false;
  }
}

/** True for `{}` and for a selector whose lists are all empty: it selects everything. */
export const isEmptySelector = (selector: LabelSelector | undefined): boolean =>
  !!selector &&
  Object.keys(selector.matchLabels ?? {}).length === 0 &&
  (selector.matchExpressions ?? []).length === 0;
