import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';

/** Resolved at run time (not by webpack), so the worker loads elkjs from node_modules. */
const elkPath = (): string => createRequire(__filename).resolve('elkjs/lib/elk.bundled.js');

const WORKER_SOURCE = (path: string) => `
const { parentPort } = require('node:worker_threads');
const ELK = require(${JSON.stringify(path)});
const elk = new ELK();
parentPort.on('message', ({ id, graph }) => {
  elk.layout(graph).then(
    (laid) => parentPort.postMessage({ id, graph: laid }),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});
`;

/**
 * ELK layouts off the event loop: a layout of a hundred Pods takes about a second of CPU, which
 * on the main thread would stall every other request. One worker thread per process, started on
 * first use, runs the layouts one after another; it does not keep the process alive.
 */
@Injectable()
export class ElkWorker implements OnApplicationShutdown {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (graph: ElkNode) => void; reject: (error: Error) => void }
  >();

  layout(graph: ElkNode): Promise<ElkNode> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, graph });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE(elkPath()), { eval: true });
    worker.unref();
    worker.on('message', (reply: { id: number; graph?: ElkNode; error?: string }) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error !== undefined) waiting?.reject(new Error(`topology layout: ${reply.error}`));
      else waiting?.resolve(reply.graph!);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`topology layout worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
