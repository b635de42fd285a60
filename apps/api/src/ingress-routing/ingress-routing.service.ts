import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { requiredParam } from '../common/http/query-params';

@Injectable()
export class IngressRoutingService {
  constructor(private readonly clusters: ClustersService) {}

  /** The rule match as the chosen controller would make it (host, path, pathType, backend). */
  async route(
    principal: Principal,
    clusterId: string,
    url: string | undefined,
    ingressClass?: string,
  ) {
    const { sim } = await this.clusters.simulation(principal, clusterId);
    return sim.ingressRoute({
      url: requiredParam(url, 'url'),
      ingressClass: ingressClass || undefined,
    });
  }
}
