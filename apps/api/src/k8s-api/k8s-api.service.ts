import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  KubeError,
  KubeErrorCode,
  matchesRequirements,
  parseSelector,
  type Deployment,
  type KindInfo,
  type KubeObject,
  pageOfList,
} from '@app/kube';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { EventsService } from '../events/events.service';
import { kubeStatusOf } from '../common/errors/kube-status';
import { toKubeError } from '../common/errors/to-kube-error';
import {
  aggregatedDiscovery,
  aggregatedDiscoveryContentType,
  apiGroupList,
  apiResourceList,
  apiVersions,
  negotiateDiscovery,
  versionInfo,
} from './discovery/discovery';
import { openApiV3Document, openApiV3Hash, openApiV3Index } from './openapi/openapi-v3';

import { toTable } from './printing/to-table';
import { resolveFacadeRoute, type FacadeRoute } from './routing/facade-route';
import { operationOf } from './routing/request-attributes';
import { includeObjectOf, queryFlag, TABLE_CONTENT_TYPE, wantsTable } from './routing/negotiation';
import { fieldSelectorFor } from './objects/field-selection';
import { eventObject, inListOrder, listOf, scaleOf } from './objects/api-objects';
import { FacadeWrites } from './objects/facade-writes';
import { JSON_TYPE, ok, type FacadeReply, type WatchSink } from './routing/facade-reply';
import { diffWatch, initialEvents, watchStateOf, type WatchChange } from './watch/watch-diff';
import { parseWatchParams } from './watch/watch-params';
import type { FacadeRequest } from './objects/write-request';
import { objectNotFound, ObjectWritesService } from '../objects/object-writes.service';

type ResourceRoute = Extract<FacadeRoute, { type: 'resource' }>;

/** After a failed re-read during a database outage, when to try again (a retry, not a poll). */
const WATCH_RETRY_MS = 1_000;
const WATCH_DEFAULT_SECONDS = 300;
const WATCH_MAX_SECONDS = 1800;

const notFoundPath = () =>
  new KubeError(KubeErrorCode.NotFound, 'the server could not find the requested resource');

const methodNotAllowed = (what: string) =>
  new KubeError(KubeErrorCode.NotSupported, `the server does not allow this method on ${what}`);

/**
 * The Kubernetes API of one sandbox cluster, for unmodified kubectl (docs/kubectl-protocol.md): version,
 * discovery and OpenAPI documents, reads from the cached snapshot (JSON, Lists, Tables, watches)
 * and writes (create, update, the four patch types, delete, scale) through
 * ClustersService.write — the same admission as REST and GraphQL — or its dry-run twin.
 */
@Injectable()
export class K8sApiService implements OnModuleDestroy {
  private readonly watches = new Set<() => void>();
  private readonly writes: FacadeWrites;

  constructor(
    private readonly clusters: ClustersService,
    private readonly events: EventsService,
    objects: ObjectWritesService,
  ) {
    this.writes = new FacadeWrites(objects);
  }

  onModuleDestroy(): void {
    for (const stop of [...this.watches]) stop();
  }

  /** True when the request is a watch (answered by `watch`, not `handle`). */
  isWatch(req: FacadeRequest): boolean {
    const route = resolveFacadeRoute(req.path);
    return (
      req.method === 'GET' &&
      route.type === 'resource' &&
      route.name === undefined &&
      queryFlag(req.query.watch)
    );
  }

  async handle(principal: Principal, clusterId: string, req: FacadeRequest): Promise<FacadeReply> {
    const route = resolveFacadeRoute(req.path);
    await this.clusters.get(principal, clusterId);
    switch (route.type) {
      case 'version':
        return ok(versionInfo());
      case 'discovery': {
        const form = negotiateDiscovery(req.accept);
        if (form === 'legacy') {
          return ok(route.scope === 'api' ? apiVersions(req.host ?? '') : apiGroupList());
        }
        return ok(
          aggregatedDiscovery(route.scope, form),
          200,
          aggregatedDiscoveryContentType(form),
        );
      }
      case 'apiGroup': {
        const group = (apiGroupList().groups as Array<{ name: string }>).find(
          (g) => g.name === route.group,
        );
        return ok({ kind: 'APIGroup', apiVersion: 'v1', ...group });
      }
      case 'resourceList': {
        const list = apiResourceList(route.groupVersion);
        if (!list) throw notFoundPath();
        return ok(list);
      }
      case 'openapiV2':
        // kubectl 1.27/1.28 need an answer; an empty protobuf message is an empty Document.
        return ok(Buffer.alloc(0), 200, 'application/octet-stream');
      case 'openapiV3Index':
        return { ...ok(openApiV3Index()), headers: { 'Cache-Control': 'no-cache, private' } };
      case 'openapiV3': {
        const doc = openApiV3Document(route.groupVersion);
        if (!doc) throw notFoundPath();
        return {
          ...ok(doc),
          headers: {
            ETag: `"${openApiV3Hash(route.groupVersion)}"`,
            'Cache-Control': req.query.hash
              ? 'public, immutable, max-age=31536000'
              : 'no-cache, private',
          },
        };
      }
      case 'resource':
        return this.resource(principal, clusterId, route, req);
      case 'notFound':
        throw notFoundPath();
    }
  }

  private async resource(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const { info, name, subresource } = route;
    if (info.kind === 'Pod' && name !== undefined && RUNTIME_SUBRESOURCES.has(subresource ?? '')) {
      // The Pod must exist (404 as upstream), then a clear answer instead of a bare not-found.
      await this.getObject(principal, clusterId, route);
      throw new KubeError(
        KubeErrorCode.NotSupported,
        `pods "${name}" ${subresource}: not simulated in this sandbox: no container runs here, so there are no logs, shells or ports to forward; read the Pod's status and events, and ask the sandbox's DNS, env and reachability questions instead`,
        [],
        { kind: 'pods', name },
      );
    }
    if (subresource !== undefined) {
      const known =
        (subresource === 'scale' && info.kind === 'Deployment') ||
        (subresource === 'status' && name !== undefined);
      if (!known || name === undefined) throw notFoundPath();
    }
    if (info.namespaced && name !== undefined && route.namespace === undefined) {
      throw notFoundPath();
    }
    // Authorization comes before decoding and admission, as in the API server's filter chain.
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) {
      await this.clusters.assertWritable(principal, clusterId, operationOf(route, req));
    }
    switch (req.method) {
      case 'GET':
        if (name === undefined) return this.list(principal, clusterId, route, req);
        if (subresource === 'scale') {
          const d = await this.getObject(principal, clusterId, route);
          return ok(scaleOf(d as Deployment));
        }
        return this.get(principal, clusterId, route, req);
      case 'POST':
        if (name !== undefined) throw methodNotAllowed(`${info.resource}/${name}`);
        return this.writes.create(principal, clusterId, route, req);
      case 'PUT':
        if (name === undefined || subresource === 'status') {
          throw methodNotAllowed(info.resource);
        }
        if (subresource === 'scale') return this.writes.putScale(principal, clusterId, route, req);
        return this.writes.update(principal, clusterId, route, req);
      case 'PATCH':
        if (name === undefined || subresource === 'status') {
          throw methodNotAllowed(info.resource);
        }
        return this.writes.patch(principal, clusterId, route, req);
      case 'DELETE':
        if (name === undefined || subresource !== undefined) {
          throw methodNotAllowed(`the collection of ${info.resource}`);
        }
        return this.writes.delete(principal, clusterId, route, req);
      default:
        throw methodNotAllowed(info.resource);
    }
  }

  // ---- reads -------------------------------------------------------------------------------

  /** The objects of the route's kind and namespace at the current revision, in list order. */
  private async objectsOf(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
  ): Promise<{ revision: number; items: KubeObject[] }> {
    const snapshot = await this.clusters.snapshot(principal, clusterId);
    let items = snapshot.objects.filter(
      (o) =>
        o.kind === route.info.kind &&
        (route.namespace === undefined || o.metadata.namespace === route.namespace),
    );
    if (route.info.kind === 'Event') {
      const logged = await this.events.list(principal, clusterId, { namespace: route.namespace });
      items = [
        ...items,
        ...logged.items
          .map(eventObject)
          .filter((e) => route.namespace === undefined || e.metadata.namespace === route.namespace),
      ];
    }
    return { revision: snapshot.revision, items: inListOrder(items) };
  }

  private async getObject(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
  ): Promise<KubeObject> {
    const { items } = await this.objectsOf(principal, clusterId, route);
    const found = items.find((o) => o.metadata.name === route.name);
    if (!found) throw objectNotFound(route.info, route.name ?? '');
    return found;
  }

  private matcher(route: ResourceRoute, query: Record<string, unknown>) {
    const labels = parseSelector(
      typeof query.labelSelector === 'string' ? query.labelSelector : '',
    );
    const fields = fieldSelectorFor(
      route.info.kind,
      typeof query.fieldSelector === 'string' ? query.fieldSelector : '',
    );
    return (o: KubeObject) => matchesRequirements(labels, o.metadata.labels) && fields(o);
  }

  private async get(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const obj = await this.getObject(principal, clusterId, route);
    if (wantsTable(req.accept)) {
      const table = toTable(route.info.kind, [obj], {
        now: new Date(),
        includeObject: includeObjectOf(req.query.includeObject),
        resourceVersion: obj.metadata.resourceVersion,
      });
      return ok(table, 200, TABLE_CONTENT_TYPE);
    }
    return ok(obj);
  }

  private async list(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const matches = this.matcher(route, req.query);
    const { revision, items } = await this.objectsOf(principal, clusterId, route);
    const filtered = Boolean(req.query.labelSelector || req.query.fieldSelector);
    // limit/continue: kubectl asks 500 at a time and follows the continue token.
    const page = pageOfList(items.filter(matches), req.query, revision, filtered);
    const more = {
      ...(page.continue ? { continue: page.continue } : {}),
      ...(page.remainingItemCount !== undefined
        ? { remainingItemCount: page.remainingItemCount }
        : {}),
    };
    if (wantsTable(req.accept)) {
      const table = toTable(route.info.kind, page.items, {
        now: new Date(),
        includeObject: includeObjectOf(req.query.includeObject),
        resourceVersion: String(revision),
      });
      return ok({ ...table, metadata: { ...table.metadata, ...more } }, 200, TABLE_CONTENT_TYPE);
    }
    const list = listOf(route.info, page.items, revision);
    return ok({ ...list, metadata: { ...list.metadata, ...more } });
  }

  /**
   * `?watch=true`: headers at once, then one JSON line per change after `resourceVersion`
   * (synthetic ADDED events for '' or '0'): the watch sleeps until the notifier says the cluster
   * changed (on any replica), then diffs the matching objects by key and resourceVersion.
   * During a database outage it stays open and resumes when the database is back. Table Accepts get one-row
   * Tables (column definitions in the first event only). Ends after `timeoutSeconds` (validated by
   * parseWatchParams; default
   * 5 minutes, at most 30), when the client goes away, or with an ERROR event when the cluster
   * becomes unreadable.
   */
  async watch(
    principal: Principal,
    clusterId: string,
    req: FacadeRequest,
    sink: WatchSink,
  ): Promise<void> {
    const route = resolveFacadeRoute(req.path);
    if (route.type !== 'resource') throw notFoundPath();
    if (route.subresource !== undefined) throw notFoundPath();
    // Bad parameters are a 400 before anything streams (and never a silent 5-minute default).
    const params = parseWatchParams(req.query);
    const matches = this.matcher(route, req.query);
    const table = wantsTable(req.accept);
    const includeObject = includeObjectOf(req.query.includeObject);
    const first = await this.objectsOf(principal, clusterId, route);
    const rv = params.resourceVersion;
    const seconds = Math.min(params.timeoutSeconds ?? WATCH_DEFAULT_SECONDS, WATCH_MAX_SECONDS);

    let headerSent = false;
    const send = (changes: WatchChange[]) => {
      for (const change of changes) {
        const object = table
          ? toTable(route.info.kind, [change.object], {
              now: new Date(),
              includeObject,
              noHeaders: headerSent,
            })
          : change.object;
        headerSent = true;
        sink.write(`${JSON.stringify({ type: change.type, object })}\n`);
      }
    };

    sink.start(table ? TABLE_CONTENT_TYPE : JSON_TYPE);
    const current = first.items.filter(matches);
    let state = watchStateOf(current);
    let revision = first.revision;
    send(initialEvents(current, rv));

    await new Promise<void>((resolve) => {
      let stopped = false;
      let checking = false;
      let again = false;
      let retry: NodeJS.Timeout | undefined;
      const stop = () => {
        if (stopped) return;
        stopped = true;
        unsubscribe();
        if (retry) clearTimeout(retry);
        clearTimeout(deadline);
        this.watches.delete(stop);
        sink.end();
        resolve();
      };
      // One re-read at a time; wake-ups during it cause exactly one more.
      const check = async (): Promise<void> => {
        if (stopped) return;
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        try {
          do {
            again = false;
            const next = await this.objectsOf(principal, clusterId, route);
            if (stopped || next.revision === revision) continue;
            revision = next.revision;
            const diff = diffWatch(state, next.items.filter(matches));
            state = diff.state;
            send(diff.events);
          } while (again && !stopped);
        } catch (error) {
          const kubeError = toKubeError(error);
          if (kubeError?.code === KubeErrorCode.ServiceUnavailable) {
            retry ??= setTimeout(() => {
              retry = undefined;
              void check();
            }, WATCH_RETRY_MS);
            return;
          }
          if (!stopped) {
            const status = kubeError
              ? kubeStatusOf(kubeError)
              : { kind: 'Status', status: 'Failure', reason: 'InternalError', code: 500 };
            sink.write(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
          }
          stop();
        } finally {
          checking = false;
        }
      };
      const unsubscribe = this.clusters.onChange(clusterId, () => void check());
      const deadline = setTimeout(stop, seconds * 1000);
      this.watches.add(stop);
      sink.onClose(stop);
      // A change committed between the first read and the subscription is caught here.
      void check();
    });
  }

  /** Watches open on this process (for /metrics). */
  get openWatches(): number {
    return this.watches.size;
  }
}

/** Pod subresources that need a running container (kubectl logs, exec, attach, port-forward). */
const RUNTIME_SUBRESOURCES = new Set(['log', 'exec', 'attach', 'portforward']);

export type { FacadeReply, FacadeRequest, KindInfo, WatchSink };
