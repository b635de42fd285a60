import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ProxyRulesController } from './proxy-rules.controller';
import { ProxyRulesResolver } from './proxy-rules.resolver';
import { ProxyRulesService } from './proxy-rules.service';

/** The rules kube-proxy would program, and its choice for one connection. */
@Module({
  imports: [ClustersModule],
  controllers: [ProxyRulesController],
  providers: [ProxyRulesService, ProxyRulesResolver],
  exports: [ProxyRulesService],
})
export class ProxyRulesModule {}
