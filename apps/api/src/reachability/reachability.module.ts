import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { IngressRoutingModule } from '../ingress-routing/ingress-routing.module';
import { ReachabilityController } from './reachability.controller';
import { ReachabilityResolver } from './reachability.resolver';
import { ReachabilityService } from './reachability.service';

/** The traced reachability question and the matrix. */
@Module({
  imports: [ClustersModule, IngressRoutingModule],
  controllers: [ReachabilityController],
  providers: [ReachabilityService, ReachabilityResolver],
  exports: [ReachabilityService],
})
export class ReachabilityModule {}
