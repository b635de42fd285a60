import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { DatapathController } from './datapath.controller';
import { ClusterConfigDatapathResolver, DatapathResolver } from './datapath.resolver';
import { DatapathService } from './datapath.service';

/** Node routes, node interfaces and a Pod's CNI result (docs/cni-datapath.md). */
@Module({
  imports: [ClustersModule],
  controllers: [DatapathController],
  providers: [DatapathService, DatapathResolver, ClusterConfigDatapathResolver],
})
export class DatapathModule {}
