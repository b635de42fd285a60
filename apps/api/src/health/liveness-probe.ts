/** What /healthz reports; `ok` false makes it answer 503 so the orchestrator restarts us. */
export interface LivenessResult {
  ok: boolean;
  checks: { database: string; prototypes: string };
}

/** Built-in prototypes whose enumerable properties would mean prototype pollution happened. */
const PROTOTYPES: Array<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/** Names of the polluted prototypes (enumerable own keys, which a clean runtime never has). */
export function pollutedPrototypes(): string[] {
  return PROTOTYPES.filter(([, proto]) => {
    for (const key in proto) if (Object.prototype.hasOwnProperty.call(proto, key)) return true;
    return false;
  }).map(([name]) => name);
}

/** Resolves with `fallback` if `work` takes longer than `ms`. */
function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Liveness that tells the truth: the process can serve only if the database answers a round
 * trip within `timeoutMs` and no prototype has been polluted. Cheap under load: concurrent
 * probes share one check, and a result is reused for `cacheMs`.
 */
export class LivenessProbe {
  private last?: { at: number; result: LivenessResult };
  private running?: Promise<LivenessResult>;

  constructor(
    private readonly pingDatabase: () => Promise<unknown>,
    private readonly options: { timeoutMs: number; cacheMs: number; now?: () => number },
  ) {}

  check(): Promise<LivenessResult> {
    const now = (this.options.now ?? Date.now)();
    if (this.last && now - this.last.at < this.options.cacheMs)
      return Promise.resolve(this.last.result);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<LivenessResult> {
    const database = await within(
      this.pingDatabase().then(
        () => 'ok',
        () => 'the database is not reachable',
      ),
      this.options.timeoutMs,
      `the database did not answer within ${this.options.timeoutMs} ms`,
    );
    const polluted = pollutedPrototypes();
    const prototypes =
      polluted.length === 0 ? 'ok' : `polluted: ${polluted.join(', ')} have enumerable properties`;
    const result = {
      ok: database === 'ok' && polluted.length === 0,
      checks: { database, prototypes },
    };
    this.last = { at: (this.options.now ?? Date.now)(), result };
    return result;
  }
}
