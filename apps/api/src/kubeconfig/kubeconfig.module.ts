import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { TlsModule } from '../tls/tls.module';
import { KubeconfigController } from './kubeconfig.controller';
import { KubeconfigService } from './kubeconfig.service';

/** kubeconfigs for the cluster's Kubernetes facade. */
@Module({
  imports: [ClustersModule, TlsModule],
  controllers: [KubeconfigController],
  providers: [KubeconfigService],
  exports: [KubeconfigService],
})
export class KubeconfigModule {}
