/**
 * From "what the simulation answered" to a check's verdict: the expectation's mismatches, the
 * optional negation, and per-Pod aggregation when a check targets several Pods.
 */

/** What one check reports, passed or not. */
export interface CheckOutcome {
  passed: boolean;
  /** What the simulation answered (per Pod, keyed "ns/name", when the check targets several). */
  observed: unknown;
  /** What the spec expects; `{ not: … }` for a negated check. */
  expected: unknown;
  /** One or more sentences for the learner, built from the simulation's own explanation. */
  explanation: string;
}

/** One comparison of an answer with the expectation, before negation. */
export interface Evaluation {
  observed: unknown;
  expected: unknown;
  /** Why the answer does not meet the expectation, one phrase per field; empty when it does. */
  mismatches: string[];
  /** The simulation's answer in words ("web is reachable: …", "NAME=value"). */
  details: string;
}

const sentence = (s: string): string => {
  const t = s.trim();
  return t === '' || /[.!?:]$/.test(t) ? t : `${t}.`;
};

/** Capitalises a leading plain word ("expected …"), never an identifier ("default/web", "spec.type"). */
const capitalise = (s: string): string =>
  /^[a-z]+[ ,;:]/.test(s) ? s[0].toUpperCase() + s.slice(1) : s;

/** Joins phrases into sentences, skipping empty ones. */
export function sentences(...parts: Array<string | undefined>): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p) => sentence(capitalise(p)))
    .join(' ');
}

/**
 * The verdict for one evaluation: passes when the expectation is met (no mismatches), or — with
 * `negate` — when it is not. The explanation states what was observed; on failure it first says
 * what differed (or, negated, that the forbidden situation holds).
 */
export function conclude(negate: boolean, ev: Evaluation): CheckOutcome {
  const met = ev.mismatches.length === 0;
  const passed = negate ? !met : met;
  let explanation: string;
  if (!negate) explanation = met ? ev.details : sentences(ev.mismatches.join('; '), ev.details);
  else if (passed)
    explanation = sentences(
      `as required, this does not hold (${ev.mismatches.join('; ')})`,
      ev.details,
    );
  else explanation = sentences('this was required NOT to hold, but it does', ev.details);
  return {
    passed,
    observed: ev.observed,
    expected: negate ? { not: ev.expected } : ev.expected,
    explanation: sentence(explanation),
  };
}

/**
 * One verdict for a check asked for several Pods: it passes only when it passes for every Pod
 * (negation applies per Pod: "none of them reaches", not "not all of them reach"). With one Pod
 * the outcome is that Pod's; otherwise observed is keyed by "ns/name" and the explanation names
 * the Pods that fail (or, when all pass, summarises the first).
 */
export function concludeForPods(
  negate: boolean,
  perPod: ReadonlyArray<{ pod: string; evaluation: Evaluation }>,
): CheckOutcome {
  if (perPod.length === 1) return conclude(negate, perPod[0].evaluation);
  const outcomes = perPod.map((p) => ({ pod: p.pod, outcome: conclude(negate, p.evaluation) }));
  const failing = outcomes.filter((o) => !o.outcome.passed);
  const observed = Object.fromEntries(outcomes.map((o) => [o.pod, o.outcome.observed]));
  const explanation =
    failing.length === 0
      ? sentences(
          `holds for all ${outcomes.length} Pods (${outcomes.map((o) => o.pod).join(', ')})`,
          outcomes[0].outcome.explanation,
        )
      : failing.map((f) => `${f.pod}: ${f.outcome.explanation}`).join(' ');
  return {
    passed: failing.length === 0,
    observed,
    expected: outcomes[0].outcome.expected,
    explanation,
  };
}

/** Scalars compare by their text (YAML 30080 equals "30080"); lists and maps structurally. */
export function looseEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  const scalar = (v: unknown): boolean => typeof v !== 'object';
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => looseEqual(v, b[i]))
    );
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        looseEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

/** Renders a value for a sentence: strings quoted, lists bracketed, absent as "nothing". */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Set comparison of strings (order-insensitive): what is missing and what is extra. */
export function compareSets(
  expected: readonly string[],
  observed: readonly string[],
): { missing: string[]; extra: string[] } {
  const exp = new Set(expected);
  const obs = new Set(observed);
  return {
    missing: [...exp].filter((e) => !obs.has(e)),
    extra: [...obs].filter((o) => !exp.has(o)),
  };
}
