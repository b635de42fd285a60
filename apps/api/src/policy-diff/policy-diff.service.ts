import { Injectable } from '@nestjs/common';
import { diffPolicySets, policyInputOf, type PolicyDiff } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { InFlightLimit } from '../common/limits/in-flight-limit';
import { resolvePolicySet, toPolicyDiffRequest } from './policy-diff-request';

/** The semantic diff of two NetworkPolicy sets over one cluster's Pods. */
@Injectable()
export class PolicyDiffService {
  constructor(
    private readonly clusters: ClustersService,
    private readonly inFlight: InFlightLimit,
  ) {}

  async diff(principal: Principal, clusterId: string, body: unknown): Promise<PolicyDiff> {
    const request = toPolicyDiffRequest(body);
    // Every pair of endpoints, twice: as heavy as the matrix, capped per key the same way.
    return this.inFlight.run('heavy', principal, async () => {
      const { sim } = await this.clusters.simulation(principal, clusterId);
      const base = policyInputOf(sim.index, sim.snapshot.objects);
      return diffPolicySets(
        base,
        resolvePolicySet(request.from, base.policies),
        resolvePolicySet(request.to, base.policies),
        { external: request.external },
      );
    });
  }
}
