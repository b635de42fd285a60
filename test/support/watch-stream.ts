import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface WatchStream {
  response: IncomingMessage;
  /** Waits until a line satisfies `until` (throws with the lines so far after `timeoutMs`). */
  lines(until: (line: string) => boolean, timeoutMs?: number): Promise<string[]>;
  close(): void;
}

/**
 * Opens a watch of the kubectl facade and collects its newline-delimited events. Over HTTPS by
 * default, trusting `ca` when given (else not verifying the test CA); `tls: false` for plain HTTP.
 */
export async function openWatch(options: {
  port: number;
  path: string;
  key: string;
  host?: string;
  ca?: string;
  tls?: boolean;
}): Promise<WatchStream> {
  const { port, path, key, ca, tls = true } = options;
  const host = options.host ?? (ca ? 'localhost' : '127.0.0.1');
  const headers = { Authorization: `Bearer ${key}` };
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = tls
      ? httpsRequest(
          { host, port, path, headers, ...(ca ? { ca } : { rejectUnauthorized: false }) },
          resolve,
        )
      : httpRequest({ host, port, path, headers }, resolve);
    req.on('error', reject);
    req.end();
  });
  const collected: string[] = [];
  let buffer = '';
  response.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    collected.push(...parts.filter((p) => p.trim() !== ''));
  });
  return {
    response,
    async lines(until, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!collected.some(until)) {
        if (Date.now() > deadline) throw new Error(`watch lines so far:\n${collected.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return collected;
    },
    close: () => response.destroy(),
  };
}
