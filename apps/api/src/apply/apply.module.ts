import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ObjectsModule } from '../objects/objects.module';
import { ApplyController } from './apply.controller';
import { ApplyResolver } from './apply.resolver';
import { ApplyService } from './apply.service';

/** Manifests applied atomically and objects deleted, over REST and GraphQL. */
@Module({
  imports: [ClustersModule, ObjectsModule],
  controllers: [ApplyController],
  providers: [ApplyService, ApplyResolver],
  exports: [ApplyService],
})
export class ApplyModule {}
