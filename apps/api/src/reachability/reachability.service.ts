import { Injectable } from '@nestjs/common';
import { KubeError, KubeErrorCode } from '@app/kube';
import type { ClusterMatrix, PolicyExplanation, ReachabilityAnswer } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { parseProtocol } from '../common/http/query-params';
import { toReachabilityRequest } from './reachability-request';

@Injectable()
export class ReachabilityService {
  constructor(private readonly clusters: ClustersService) {}

  async trace(principal: Principal, clusterId: string, body: unknown): Promise<ReachabilityAnswer> {
    const request = toReachabilityRequest(body);
    const { sim } = await this.clusters.simulation(principal, clusterId);
    return sim.reachability(request);
  }

  async matrix(
    principal: Principal,
    clusterId: string,
    q: { port?: string | number; protocol?: string; namespace?: string; labelSelector?: string },
  ): Promise<ClusterMatrix> {
    if (q.port === undefined || q.port === '') {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        'query parameter "port" is required (a number or a port name)',
        [{ reason: 'FieldValueRequired', field: 'port', message: 'Required value' }],
      );
    }
    const port = typeof q.port === 'string' && /^\d+$/.test(q.port) ? Number(q.port) : q.port;
    const protocol = parseProtocol(q.protocol);
    const { sim } = await this.clusters.simulation(principal, clusterId);
    return sim.matrix({
      port,
      protocol,
      namespace: q.namespace || undefined,
      labelSelector: q.labelSelector || undefined,
    });
  }

  async explainPolicy(
    principal: Principal,
    clusterId: string,
    namespace: string,
    name: string,
  ): Promise<PolicyExplanation> {
    const { sim } = await this.clusters.simulation(principal, clusterId);
    return sim.explainPolicy(namespace, name);
  }
}
