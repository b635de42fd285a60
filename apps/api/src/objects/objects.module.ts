import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ObjectWritesService } from './object-writes.service';

/** The one object-write use case REST, GraphQL and the kubectl facade share. */
@Module({
  imports: [ClustersModule],
  providers: [ObjectWritesService],
  exports: [ObjectWritesService],
})
export class ObjectsModule {}
