/**
 * Deployment validation, following pkg/apis/apps/validation/validation.go (ValidateDeploymentSpec,
 * ValidatePodTemplateSpecForReplicaSet, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment).
 */
import type { FieldCause } from '../errors';
import type { Deployment } from '../objects/apps';
import type { IntOrString, LabelSelector } from '../objects/meta';
import { regexError } from '../naming/names';
import {
  matchesLabelSelector,
  validateLabels,
  validateLabelSelector,
} from '../selectors/label-selector';
import { forbidden, goQuote, invalid, notSupported, required } from './field';
import { validatePodSpec } from './core';
import { nameIsDNSSubdomain, validateAnnotations, validateObjectMeta } from './meta';

const IS_NEGATIVE = 'must be greater than or equal to 0';

/** Go's %#v of map[string]string (keys sorted, as fmt prints maps). */
export function goStringMap(m: Record<string, string> | undefined): string {
  if (!m) return 'map[string]string(nil)';
  const body = Object.keys(m)
    .sort()
    .map((k) => `${goQuote(k)}:${goQuote(m[k])}`)
    .join(', ');
  return `map[string]string{${body}}`;
}

const goLabelSelector = (sel: LabelSelector): string =>
  `&v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:[]v1.LabelSelectorRequirement${
    sel.matchExpressions ? '{}' : '(nil)'
  }}`;

const rawInvalid = (field: string, rendered: string, detail: string): FieldCause => ({
  reason: 'FieldValueInvalid',
  field,
  message: `Invalid value: ${rendered}: ${detail}`,
});

const percentFmt = '[0-9]+%';

/** ValidatePositiveIntOrPercent + IsNotMoreThan100Percent for maxSurge / maxUnavailable. */
function validateIntOrPercent(value: IntOrString | undefined, path: string): FieldCause[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    if (!new RegExp(`^${percentFmt}$`).test(value)) {
      return [
        invalid(
          path,
          value,
          regexError(
            "a valid percent string must be a numeric string followed by an ending '%'",
            percentFmt,
            '1%',
            '93%',
          ),
        ),
      ];
    }
    return Number(value.slice(0, -1)) > 100
      ? [invalid(path, value, 'must not be greater than 100%')]
      : [];
  }
  return value < 0 ? [invalid(path, value, IS_NEGATIVE)] : [];
}

const isZero = (v: IntOrString | undefined): boolean => v === 0 || v === '0%';

/**
 * ValidateDeploymentSpec for a create: replicas ≥ 0, selector required and non-empty and valid,
 * template labels matched by the selector ("`selector` does not match template `labels`"), template
 * metadata and PodSpec (restartPolicy Always only), strategy, minReadySeconds, revisionHistoryLimit,
 * progressDeadlineSeconds > minReadySeconds.
 */
export function validateDeployment(d: Deployment): FieldCause[] {
  const errs = validateObjectMeta(d.metadata, nameIsDNSSubdomain);
  const spec = d.spec;
  if (!spec) return [...errs, required('spec', '')];
  if (typeof spec.replicas === 'number' && spec.replicas < 0)
    errs.push(invalid('spec.replicas', spec.replicas, IS_NEGATIVE));

  let selectorUsable = true;
  if (!spec.selector) {
    errs.push(required('spec.selector', ''));
  } else {
    const selErrs = validateLabelSelector(spec.selector, 'spec.selector');
    errs.push(...selErrs);
    if (
      Object.keys(spec.selector.matchLabels ?? {}).length +
        (spec.selector.matchExpressions ?? []).length ===
      0
    ) {
      errs.push(
        rawInvalid(
          'spec.selector',
          goLabelSelector(spec.selector),
          'empty selector is invalid for deployment',
        ),
      );
    }
    selectorUsable = selErrs.length === 0;
  }

  const template = spec.template;
  if (!template) {
    errs.push(required('spec.template', ''));
  } else {
    const labels = template.metadata?.labels;
    const selectorIsEmpty =
      !spec.selector ||
      Object.keys(spec.selector.matchLabels ?? {}).length +
        (spec.selector.matchExpressions ?? []).length ===
        0;
    if (
      spec.selector &&
      selectorUsable &&
      !selectorIsEmpty &&
      !matchesLabelSelector(spec.selector, labels ?? {})
    ) {
      errs.push(
        rawInvalid(
          'spec.template.metadata.labels',
          goStringMap(labels),
          '`selector` does not match template `labels`',
        ),
      );
    }
    errs.push(...validateLabels(labels, 'spec.template.metadata.labels'));
    errs.push(
      ...validateAnnotations(template.metadata?.annotations, 'spec.template.metadata.annotations'),
    );
    errs.push(...validatePodSpec(template.spec, 'spec.template.spec', false));
    if (template.spec?.restartPolicy && template.spec.restartPolicy !== 'Always') {
      errs.push(
        notSupported('spec.template.spec.restartPolicy', template.spec.restartPolicy, ['Always']),
      );
    }
  }

  const strategy = spec.strategy ?? {};
  const ru = strategy.rollingUpdate as
    { maxUnavailable?: IntOrString; maxSurge?: IntOrString } | undefined;
  if (strategy.type === 'Recreate') {
    if (ru)
      errs.push(
        forbidden(
          'spec.strategy.rollingUpdate',
          "may not be specified when strategy `type` is 'Recreate'",
        ),
      );
  } else if (strategy.type === 'RollingUpdate') {
    if (!ru)
      errs.push(
        required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil'),
      );
    else {
      errs.push(
        ...validateIntOrPercent(ru.maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable'),
      );
      errs.push(...validateIntOrPercent(ru.maxSurge, 'spec.strategy.rollingUpdate.maxSurge'));
      if (isZero(ru.maxUnavailable) && isZero(ru.maxSurge)) {
        errs.push(
          invalid(
            'spec.strategy.rollingUpdate.maxUnavailable',
            ru.maxUnavailable,
            'may not be 0 when `maxSurge` is 0',
          ),
        );
      }
    }
  } else {
    errs.push(
      notSupported('spec.strategy.type', strategy.type ?? '', ['Recreate', 'RollingUpdate']),
    );
  }

  const minReady = spec.minReadySeconds ?? 0;
  if (minReady < 0) errs.push(invalid('spec.minReadySeconds', minReady, IS_NEGATIVE));
  if (typeof spec.revisionHistoryLimit === 'number' && spec.revisionHistoryLimit < 0) {
    errs.push(invalid('spec.revisionHistoryLimit', spec.revisionHistoryLimit, IS_NEGATIVE));
  }
  if (typeof spec.progressDeadlineSeconds === 'number') {
    if (spec.progressDeadlineSeconds < 0)
      errs.push(invalid('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, IS_NEGATIVE));
    else if (spec.progressDeadlineSeconds <= minReady) {
      errs.push(
        invalid(
          'spec.progressDeadlineSeconds',
          spec.progressDeadlineSeconds,
          'must be greater than minReadySeconds',
        ),
      );
    }
  }
  return errs;
}
