import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ClockController } from './clock.controller';
import { ClockResolver } from './clock.resolver';

/** The cluster clock over REST and GraphQL (the timers live with ClustersService). */
@Module({
  imports: [ClustersModule],
  controllers: [ClockController],
  providers: [ClockResolver],
})
export class ClockModule {}
