import { Injectable } from '@nestjs/common';
import { KubeError, KubeErrorCode, notFound } from '@app/kube';
import type { ExplainedProxyDecision } from '@app/netsim';
import type { Principal } from '@app/store';
import { parseObjectRef, parseProtocol, requiredParam } from '../common/http/query-params';
import { ClustersService } from '../clusters/clusters.service';
import { InFlightLimit } from '../common/limits/in-flight-limit';

/** Parses "ip:port" as kube-proxy's destination. */
function parseDestination(value: string): { ip: string; port: number } {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(value);
  const port = match ? Number(match[2]) : 0;
  if (!match || port < 1 || port > 65535) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `to must be "ip:port", got ${JSON.stringify(value)}`,
      [
        {
          reason: 'FieldValueInvalid',
          field: 'to',
          message: `Invalid value: ${JSON.stringify(value)}: must be "ip:port"`,
        },
      ],
    );
  }
  return { ip: match[1], port };
}

export interface ProxyQueryParams {
  to?: string;
  protocol?: string;
  from?: string;
  fromIP?: string;
  node?: string;
}

@Injectable()
export class ProxyRulesService {
  constructor(
    private readonly clusters: ClustersService,
    private readonly inFlight: InFlightLimit,
  ) {}

  /** Every Service × endpoint of the cluster: capped per key like the other heavy questions. */
  iptables(principal: Principal, clusterId: string, node: string): Promise<string> {
    return this.inFlight.run('heavy', principal, async () => {
      const { sim } = await this.clusters.simulation(principal, clusterId);
      if (!sim.index.node(node)) throw notFound('nodes', node);
      return sim.iptables(node);
    });
  }

  async decide(
    principal: Principal,
    clusterId: string,
    q: ProxyQueryParams,
  ): Promise<ExplainedProxyDecision> {
    const destination = parseDestination(requiredParam(q.to, 'to'));
    const protocol = parseProtocol(q.protocol);
    const { sim } = await this.clusters.simulation(principal, clusterId);
    return sim.proxy({
      to: { ...destination, protocol },
      from: {
        pod: q.from ? parseObjectRef(q.from, 'from') : undefined,
        ip: q.fromIP,
        node: q.node,
      },
    });
  }
}
