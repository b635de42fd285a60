import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { PolicyDiffController } from './policy-diff.controller';
import { PolicyDiffResolver } from './policy-diff.resolver';
import { PolicyDiffService } from './policy-diff.service';

/** The semantic diff of two NetworkPolicy sets over a cluster. */
@Module({
  imports: [ClustersModule],
  controllers: [PolicyDiffController],
  providers: [PolicyDiffService, PolicyDiffResolver],
  exports: [PolicyDiffService],
})
export class PolicyDiffModule {}
