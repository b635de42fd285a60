import { Module } from '@nestjs/common';
import { HttpsEndpoint } from './https-endpoint';

/** Where the HTTPS listener (the kubectl facade) can be reached, once it listens. */
@Module({
  providers: [HttpsEndpoint],
  exports: [HttpsEndpoint],
})
export class TlsModule {}
