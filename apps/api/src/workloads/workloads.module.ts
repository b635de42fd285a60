import { Module } from '@nestjs/common';
import { ObjectsModule } from '../objects/objects.module';
import { ReadinessController } from './readiness.controller';
import { WorkloadsResolver } from './workloads.resolver';
import { WorkloadsService } from './workloads.service';

/** Typed GraphQL mutations for the kinds labs touch most, scale and Pod readiness. */
@Module({
  imports: [ObjectsModule],
  controllers: [ReadinessController],
  providers: [WorkloadsService, WorkloadsResolver],
  exports: [WorkloadsService],
})
export class WorkloadsModule {}
