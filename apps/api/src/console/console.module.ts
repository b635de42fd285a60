import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ReachabilityModule } from '../reachability/reachability.module';
import { ConsoleController } from './console.controller';
import { ConsolePagesController } from './console-pages.controller';
import { ConsoleResolver } from './console.resolver';
import { ConsoleService } from './console.service';
import { ElkWorker } from './topology/elk-worker';

/** The web console (pages and bundle), the pictures REST users fetch, the matrix dry run. */
@Module({
  imports: [ClustersModule, ReachabilityModule],
  controllers: [ConsolePagesController, ConsoleController],
  providers: [ConsoleService, ConsoleResolver, ElkWorker],
})
export class ConsoleModule {}
