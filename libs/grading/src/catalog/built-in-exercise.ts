/** The shape of one built-in exercise module. */
export interface BuiltInExerciseSource {
  /** The exercise's slug (equal to the spec's `slug`). */
  slug: string;
  /** The exercise spec, YAML. */
  spec: string;
  /**
   * A reference solution: YAML applied, as one request, to the cluster after the setup. It must
   * earn full marks; the untouched setup must not.
   */
  solution: string;
}
