import { Injectable } from '@nestjs/common';
import { isIANASvcName, KubeError, KubeErrorCode } from '@app/kube';
import type { ClusterMatrix, PolicyExplanation, ReachabilityAnswer } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { InFlightLimit } from '../common/limits/in-flight-limit';
import { parseIntegerParam, parseProtocol } from '../common/http/query-params';
import { toReachabilityRequest } from './reachability-request';

@Injectable()
export class ReachabilityService {
  constructor(
    private readonly clusters: ClustersService,
    private readonly inFlight: InFlightLimit,
  ) {}

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
    // Every pair of Pods: the cost grows with the square of the cluster, so it is capped per key.
    return this.inFlight.run('heavy', principal, () => this.computeMatrix(principal, clusterId, q));
  }

  private async computeMatrix(
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
    const port =
      typeof q.port === 'number' || /^\d+$/.test(q.port)
        ? (parseIntegerParam(String(q.port), 'port', { min: 1, max: 65535 }) as number)
        : portName(q.port);
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

/** A named port (IANA_SVC_NAME, as in a container port), or a 400 on `port`. */
function portName(value: string): string {
  const problems = isIANASvcName(value);
  if (problems.length > 0) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      'query parameter "port" must be a port number (1-65535) or a port name',
      [
        {
          reason: 'FieldValueInvalid',
          field: 'port',
          message: `Invalid value: ${JSON.stringify(value.slice(0, 100))}: ${problems.join('; ')}`,
        },
      ],
    );
  }
  return value;
}
