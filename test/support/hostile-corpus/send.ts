import { Agent, request } from 'node:http';
import type { HostileRequest } from './hostile-request';

export interface Reply {
  status: number;
  contentType: string;
  /** The body as text, cut at 64 KiB. */
  body: string;
  ms: number;
  /** Set when no complete answer came: "timeout after 5000 ms", "ECONNRESET", … */
  error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const MAX_BODY = 64 * 1024;
/** Node's default --max-http-header-size: a longer request line is refused before the app. */
const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Sends one request to the app on 127.0.0.1:port with a hard timeout. A watch resolves as soon
 * as its headers arrive (its stream is then closed): the corpus checks that it starts, not how
 * long it lasts.
 */
export function send(port: number, r: HostileRequest, timeoutMs: number): Promise<Reply> {
  const started = performance.now();
  return new Promise<Reply>((resolve) => {
    let settled = false;
    const finish = (reply: Omit<Reply, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...reply, ms: Math.round(performance.now() - started) });
    };
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: r.method,
        path: r.path,
        agent: r.watch ? false : agent,
        headers: {
          ...r.headers,
          ...(r.body ? { 'content-length': String(r.body.length) } : {}),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers['content-type'] ?? '');
        if (r.watch && status === 200) {
          finish({ status, contentType, body: '' });
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          finish({
            status,
            contentType,
            body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_BODY),
          }),
        );
        res.on('error', (e) => finish({ status, contentType, body: '', error: e.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ status: 0, contentType: '', body: '', error: `timeout after ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => {
      // Node answers 431 and closes the socket while the request is still being written, so
      // the client sees a reset; that is the refusal, not a crash (the harness checks health).
      const headerBytes =
        r.path.length +
        Object.entries(r.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
      if ((e.code === 'ECONNRESET' || e.code === 'EPIPE') && headerBytes > MAX_HEADER_BYTES) {
        finish({
          status: 431,
          contentType: '',
          body: 'Request Header Fields Too Large (node http)',
        });
      } else finish({ status: 0, contentType: '', body: '', error: e.code ?? e.message });
    });
    req.end(r.body);
  });
}

/** Closes the keep-alive sockets (after a restart they point at a dead process). */
export function resetConnections(): void {
  agent.destroy();
}
