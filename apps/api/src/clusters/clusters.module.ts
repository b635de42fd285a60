import { Module } from '@nestjs/common';
import { ClustersController } from './clusters.controller';
import { ClustersResolver } from './clusters.resolver';
import { ClustersService } from './clusters.service';

/** Clusters and the snapshot/simulation/write access every other feature goes through. */
@Module({
  controllers: [ClustersController],
  providers: [ClustersService, ClustersResolver],
  exports: [ClustersService],
})
export class ClustersModule {}
