/** What the facade answers: a complete reply, or a watch stream's sink. */

/** A complete answer; `body` is serialised as JSON unless it is a Buffer. */
export interface FacadeReply {
  status: number;
  contentType: string;
  body: unknown;
  headers?: Record<string, string | string[]>;
}

/** Where a watch writes: headers at once, then one line per event. */
export interface WatchSink {
  start(contentType: string): void;
  write(line: string): void;
  end(): void;
  onClose(listener: () => void): void;
}

export const JSON_TYPE = 'application/json';

export const ok = (body: unknown, status = 200, contentType = JSON_TYPE): FacadeReply => ({
  status,
  contentType,
  body,
});

export const withWarnings = (reply: FacadeReply, warnings: string[]): FacadeReply =>
  warnings.length ? { ...reply, headers: { ...reply.headers, Warning: warnings } } : reply;
