import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ChangeNotifier, ClusterRepository } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { DB_POOL } from '../database/database.module';
import { K8sApiService } from '../k8s-api/k8s-api.service';

/** Seconds; reads answered from cache take ~1 ms, traces and writes tens. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus registry of this process (its own, not prom-client's global one, so two apps
 * in one process never collide): HTTP rate and latency by route template and status, how
 * cluster reads and simulations were served, open watches, the database pool, the notifier.
 * Gauges and cache counters are read at scrape time; nothing runs on a timer.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly latency: Histogram<'method' | 'route' | 'status'>;

  constructor(
    clusters: ClusterRepository,
    simulations: ClustersService,
    facade: K8sApiService,
    notifier: ChangeNotifier,
    @Inject(DB_POOL) pool: Pool,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by method, route template and status code',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method, route template and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Counter({
      name: 'kns_cluster_reads_total',
      help: 'Cluster snapshot reads by how they were served: notified (cache, no query), checked (cache after a revision query), loaded (objects read from the database)',
      labelNames: ['served'],
      registers,
      collect() {
        const stats = clusters.readStats;
        this.reset();
        this.labels('notified').inc(stats.notifiedHits);
        this.labels('checked').inc(stats.checkedHits);
        this.labels('loaded').inc(stats.misses);
      },
    });
    new Counter({
      name: 'kns_simulation_cache_total',
      help: 'Simulation lookups by result: hit (built for this revision already) or miss (built now)',
      labelNames: ['result'],
      registers,
      collect() {
        this.reset();
        this.labels('hit').inc(simulations.simulationStats.hits);
        this.labels('miss').inc(simulations.simulationStats.misses);
      },
    });
    new Gauge({
      name: 'kns_open_watches',
      help: 'Kubernetes watch streams open on this process',
      registers,
      collect() {
        this.set(facade.openWatches);
      },
    });
    new Gauge({
      name: 'kns_db_pool_connections',
      help: 'Database pool connections: total, idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        this.labels('total').set(pool.totalCount);
        this.labels('idle').set(pool.idleCount);
        this.labels('waiting').set(pool.waitingCount);
      },
    });
    new Gauge({
      name: 'kns_change_notifier_connected',
      help: '1 while the LISTEN/NOTIFY session is connected (cached reads skip revision queries)',
      registers,
      collect() {
        this.set(notifier.connected ? 1 : 0);
      },
    });
  }

  /** Express middleware timing every request; the route is its template, never the raw URL. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const stop = this.latency.startTimer();
      res.on('finish', () => {
        const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
        this.requests.inc(labels);
        stop(labels);
      });
      next();
    };
  }
}

/** `/v1/clusters/:id/dns`; unmatched paths share one label so URLs cannot explode the series. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  // Nest answers unknown paths from a catch-all route of its own.
  if (typeof route === 'string' && route !== '/{*path}') return `${req.baseUrl ?? ''}${route}`;
  if (req.originalUrl.split('?')[0] === '/graphql') return '/graphql';
  return 'unmatched';
}
