/**
 * What the pure engine needs from the outside world, passed in so answers are reproducible:
 * the time, fresh UIDs, and a source of randomness (kube-proxy's choice).
 */
export interface Clock {
  now(): Date;
}

export interface IdSource {
  newUid(): string;
}

/** Returns a float in [0, 1), like Math.random. */
export type RandomSource = () => number;

export interface AdmissionContext extends Clock, IdSource {
  /**
   * Randomness for generated names (generateName, Pod and EndpointSlice suffixes). Absent: a
   * source seeded by the snapshot's revision, so the same requests give the same names.
   */
  random?: RandomSource;
}
