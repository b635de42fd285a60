/** Messages between the corpus harness and the app's child process (app-process.ts). */
export type SupervisorMessage =
  | { type: 'probe'; seq: number }
  | { type: 'memory'; seq: number }
  | { type: 'newTenant'; seq: number }
  | { type: 'stop' };

export interface ProbeReply {
  type: 'probe';
  seq: number;
  /** What the app logged as errors since the last probe: the stack of each unexpected exception. */
  errors: string[];
  prototypeKeys: string[];
  /** `({}).polluted` is set: a `__proto__` write reached Object.prototype. */
  polluted: boolean;
}

export interface MemoryReply {
  type: 'memory';
  seq: number;
  rss: number;
  heapUsed: number;
  /** False when node ran without --expose-gc (then only heapUsed is meaningful). */
  gc: boolean;
}

export interface TenantReply {
  type: 'tenant';
  seq: number;
  id: string;
  adminKey: string;
  instructorKey: string;
  learnerKey: string;
}

export type AppMessage = { type: 'ready'; port: number } | ProbeReply | MemoryReply | TenantReply;
