import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { K8sApiModule } from '../k8s-api/k8s-api.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Prometheus metrics of this process. */
@Module({
  imports: [ClustersModule, K8sApiModule],
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {}
