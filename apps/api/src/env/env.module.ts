import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { EnvController } from './env.controller';
import { EnvResolver } from './env.resolver';

/** The environment variables the kubelet injects into a Pod. */
@Module({
  imports: [ClustersModule],
  controllers: [EnvController],
  providers: [EnvResolver],
})
export class EnvModule {}
