import { Injectable } from '@nestjs/common';
import { KubeError, KubeErrorCode } from '@app/kube';
import type { DnsAnswer, DnsRecordType } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { parseObjectRef, requiredParam } from '../common/http/query-params';

const TYPES: readonly DnsRecordType[] = ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'ANY'];

@Injectable()
export class DnsService {
  constructor(private readonly clusters: ClustersService) {}

  /** A DNS lookup as CoreDNS answers it; from a Pod, its resolv.conf expands the name. */
  async lookup(
    principal: Principal,
    clusterId: string,
    q: { name?: string; from?: string; type?: string },
  ): Promise<DnsAnswer> {
    const name = requiredParam(q.name, 'name');
    const type = (q.type ?? 'A').toUpperCase() as DnsRecordType;
    if (!TYPES.includes(type)) {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        `unsupported DNS record type ${JSON.stringify(q.type)}`,
        [
          {
            reason: 'FieldValueNotSupported',
            field: 'type',
            message: `Unsupported value: "${q.type}": supported values: "${TYPES.join('", "')}"`,
          },
        ],
      );
    }
    const from = q.from ? parseObjectRef(q.from, 'from') : undefined;
    const { sim } = await this.clusters.simulation(principal, clusterId);
    return sim.dns({ name, type, from });
  }
}
