import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller';
import { ConsolePagesController } from './console-pages.controller';
import { ConsoleResolver } from './console.resolver';
import { ConsoleService } from './console.service';
import { ElkWorker } from './topology/elk-worker';

/** The web console (pages and bundle), the pictures REST users fetch, the matrix dry run. */
@Module({
  controllers: [ConsolePagesController, ConsoleController],
  providers: [ConsoleService, ConsoleResolver, ElkWorker],
})
export class ConsoleModule {}
