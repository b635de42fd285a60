export * from './spec/exercise-spec';
export {
  parseExerciseSpec,
  EXERCISE_GROUP_KIND,
  MAX_SPEC_LENGTH,
} from './spec/parse-exercise-spec';
export type { CheckOutcome } from './checks/check-outcome';
export { parseFieldPath, selectFieldPath, FieldPathError } from './checks/field-path';
export type { FieldPath, PathSegment } from './checks/field-path';
export { runCheck } from './checks/run-check';
export * from './grade';
export * from './setup';
export { BUILT_IN_EXERCISES, findBuiltInExercise } from './catalog';
export type { BuiltInExercise, BuiltInExerciseSource } from './catalog';
export * from './feedback/mistakes';
export * from './feedback/deciding-rules';
export * from './feedback/reference-diff';
export * from './history';
export * from './class-view';
export { EXERCISE_SPEC_SCHEMA, EXERCISE_SPEC_SCHEMA_ID } from './spec/exercise-spec.schema';
export { validateExerciseSpecShape } from './spec/validate-spec-shape';
