import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { DnsController } from './dns.controller';
import { DnsResolver } from './dns.resolver';
import { DnsService } from './dns.service';

/** DNS lookups as CoreDNS and a Pod's resolver answer them. */
@Module({
  imports: [ClustersModule],
  controllers: [DnsController],
  providers: [DnsService, DnsResolver],
  exports: [DnsService],
})
export class DnsModule {}
