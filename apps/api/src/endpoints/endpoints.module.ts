import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { EndpointsController } from './endpoints.controller';
import { EndpointsResolver } from './endpoints.resolver';

/** A Service's EndpointSlices. */
@Module({
  imports: [ClustersModule],
  controllers: [EndpointsController],
  providers: [EndpointsResolver],
})
export class EndpointsModule {}
