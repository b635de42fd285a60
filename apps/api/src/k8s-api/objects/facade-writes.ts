/**
 * The facade's writes — create, update, PUT of a Scale, the four patch types, delete — as
 * kubectl sends them, over the one object-write use case (ObjectWritesService): this file only
 * reads the request (body media types, options, Scale bodies) and shapes the answer (Warning
 * headers, Scales, delete answers).
 */
import { checkInputValue, KubeError, KubeErrorCode, type Deployment } from '@app/kube';
import type { Principal } from '@app/store';
import {
  applyBody,
  ObjectWritesService,
  PATCH_TYPES,
  type PatchType,
} from '../../objects/object-writes.service';
import { decodeProtobufObject, PROTOBUF_CONTENT_TYPE } from '../protobuf/decode';
import { JSON_TYPE, ok, withWarnings, type FacadeReply } from '../routing/facade-reply';
import type { FacadeRoute } from '../routing/facade-route';
import { mediaTypeOf } from '../routing/negotiation';
import { operationOf } from '../routing/request-attributes';
import { deleteAnswer, replicasOfScale, scaleOf } from './api-objects';
import {
  deleteRequestOptionsOf,
  warningHeaders,
  writeOptionsOfRequest,
  type FacadeRequest,
} from './write-request';

type ResourceRoute = Extract<FacadeRoute, { type: 'resource' }>;

export class FacadeWrites {
  constructor(private readonly objects: ObjectWritesService) {}

  private scopeOf(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ) {
    // resource() refused a caller that may not write before anything was decoded.
    return { principal, clusterId, operation: operationOf(route, req), authorized: true };
  }

  private refOf(route: ResourceRoute) {
    return { info: route.info, namespace: route.namespace, name: route.name ?? '' };
  }

  async create(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const options = writeOptionsOfRequest(req);
    const { object, unknownFields } = await this.objects.create(
      this.scopeOf(principal, clusterId, route, req),
      { info: route.info, namespace: route.namespace },
      this.decodeBody(req),
      options,
    );
    return withWarnings(ok(object, 201), warningHeaders(unknownFields));
  }

  async update(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const options = writeOptionsOfRequest(req);
    const { object, unknownFields } = await this.objects.update(
      this.scopeOf(principal, clusterId, route, req),
      this.refOf(route),
      this.decodeBody(req),
      options,
    );
    return withWarnings(ok(object), warningHeaders(unknownFields));
  }

  /**
   * PUT of a Deployment's Scale: built on the latest Deployment inside the write; without a
   * resourceVersion the update is unconditional (as upstream), so a concurrent write never
   * turns it into a spurious 409.
   */
  async putScale(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const options = writeOptionsOfRequest(req);
    const replicas = replicasOfScale(req.body, route.name ?? '');
    const rv = (req.body as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion;
    const { object } = await this.objects.scale(
      this.scopeOf(principal, clusterId, route, req),
      this.refOf(route),
      replicas,
      { ...options, resourceVersion: rv || undefined },
    );
    return ok(scaleOf(object));
  }

  /** PATCH of an object or its scale (the four patch types); an apply of an absent object is a 201. */
  async patch(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    const type = mediaTypeOf(req.contentType) as PatchType;
    if (!PATCH_TYPES.includes(type)) {
      throw new KubeError(
        KubeErrorCode.UnsupportedMediaType,
        `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')}`,
      );
    }
    const options = writeOptionsOfRequest(req);
    const body = type === 'application/apply-patch+yaml' ? applyBody(req.body) : req.body;
    const scale =
      route.subresource === 'scale'
        ? {
            of: (d: Deployment) => scaleOf(d),
            replicasOf: (s: unknown) => replicasOfScale(s, route.name ?? ''),
          }
        : undefined;
    const { object, unknownFields, created } = await this.objects.patch(
      this.scopeOf(principal, clusterId, route, req),
      this.refOf(route),
      { type, body, scale },
      options,
    );
    const answer = scale ? scaleOf(object as Deployment) : object;
    return withWarnings(ok(answer, created ? 201 : 200), warningHeaders(unknownFields));
  }

  async delete(
    principal: Principal,
    clusterId: string,
    route: ResourceRoute,
    req: FacadeRequest,
  ): Promise<FacadeReply> {
    // Typed clients (kubectl drain) send DeleteOptions as protobuf; an empty body is none.
    const body = Buffer.isBuffer(req.body)
      ? req.body.length
        ? this.decodeBody(req)
        : {}
      : req.body;
    const { object } = await this.objects.delete(
      this.scopeOf(principal, clusterId, route, req),
      this.refOf(route),
      deleteRequestOptionsOf(req, body),
    );
    // A Pod deleted gracefully is answered as it now is: Terminating, with its deletionTimestamp.
    return ok(deleteAnswer(route.info, object));
  }

  /** The request body as a JSON value; protobuf bodies (kubectl ≥1.32 generators) decoded. */
  private decodeBody(req: FacadeRequest): unknown {
    const type = mediaTypeOf(req.contentType);
    if (type === PROTOBUF_CONTENT_TYPE) {
      const decoded = decodeProtobufObject(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      checkInputValue(decoded); // protobuf strings can hold NUL too
      return decoded;
    }
    if (
      type !== JSON_TYPE &&
      type !== '' &&
      !type.endsWith('+json') &&
      type !== 'application/yaml'
    ) {
      throw new KubeError(
        KubeErrorCode.UnsupportedMediaType,
        `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf`,
      );
    }
    if (typeof req.body === 'string') return applyBody(req.body);
    return req.body;
  }
}
