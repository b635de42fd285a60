import { Module } from '@nestjs/common';
import { ApiKeysController } from './api-keys.controller';

/** API keys of the caller's tenant. */
@Module({ controllers: [ApiKeysController] })
export class TenantsModule {}
