import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { IngressRoutingController } from './ingress-routing.controller';
import { IngressRoutingService } from './ingress-routing.service';

/** Which backend an Ingress picks for a URL. */
@Module({
  imports: [ClustersModule],
  controllers: [IngressRoutingController],
  providers: [IngressRoutingService],
  exports: [IngressRoutingService],
})
export class IngressRoutingModule {}
