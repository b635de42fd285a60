import { Injectable } from '@nestjs/common';
import { notFound } from '@app/kube';
import { ClusterRepository, type Principal, type StoredEvent } from '@app/store';

export interface EventView {
  id: number;
  type: string;
  reason: string;
  message: string;
  object: string;
  involvedObject: StoredEvent['involvedObject'];
  source: string;
  revision: number;
  time: string;
}

@Injectable()
export class EventsService {
  constructor(private readonly clusters: ClusterRepository) {}

  async list(
    principal: Principal,
    clusterId: string,
    filter: { namespace?: string; after?: number },
  ): Promise<{ items: EventView[] }> {
    const events = await this.clusters.events(principal, clusterId, filter.after ?? 0);
    if (!events) throw notFound('clusters', clusterId);
    return {
      items: events
        .filter((e) => !filter.namespace || e.involvedObject.namespace === filter.namespace)
        .map((e) => ({
          id: e.id,
          type: e.type,
          reason: e.reason,
          message: e.message,
          // kubectl's OBJECT column: kind/name in lower case
          object: `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
          involvedObject: e.involvedObject,
          source: e.source,
          revision: e.revision,
          time: e.createdAt.toISOString(),
        })),
    };
  }
}
