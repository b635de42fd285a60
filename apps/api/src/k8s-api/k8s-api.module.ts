import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { EventsModule } from '../events/events.module';
import { ObjectsModule } from '../objects/objects.module';
import { K8sApiController } from './k8s-api.controller';
import { K8sApiService } from './k8s-api.service';

/** The Kubernetes API of each cluster, for unmodified kubectl. */
@Module({
  imports: [ClustersModule, EventsModule, ObjectsModule],
  controllers: [K8sApiController],
  providers: [K8sApiService],
  exports: [K8sApiService],
})
export class K8sApiModule {}
