import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { KubeError, KubeErrorCode, notFound, type FieldCause } from '@app/kube';
import {
  CachedAuthenticator,
  ROLES,
  TenantRepository,
  type Principal,
  type Role,
} from '@app/store';
import { CurrentPrincipal, Roles } from '../common/auth/principal.decorator';

class CreateApiKeyDto {
  @ApiProperty({ example: 'lab-runner' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

/** API keys of the caller's tenant; admins only. A new key is shown once, in the 201 answer. */
@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly keys: CachedAuthenticator,
  ) {}

  @Post()
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateApiKeyDto) {
    const causes: FieldCause[] = [];
    const name = body?.name;
    const role = body?.role;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
      causes.push({
        reason: 'FieldValueRequired',
        field: 'name',
        message: 'Required value: a name of 1 to 100 characters',
      });
    }
    if (!ROLES.includes(role)) {
      causes.push({
        reason: 'FieldValueNotSupported',
        field: 'role',
        message: `Unsupported value: ${JSON.stringify(role ?? null)}: supported values: "${ROLES.join('", "')}"`,
      });
    }
    if (causes.length > 0) {
      throw new KubeError(
        KubeErrorCode.Invalid,
        `api key is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
        causes,
      );
    }
    const { key, apiKey } = await this.tenants.createApiKey(principal.tenantId, name.trim(), role);
    return { ...apiKey, key };
  }

  @Get()
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.tenants.listApiKeys(principal.tenantId) };
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    const keys = await this.tenants.listApiKeys(principal.tenantId);
    const target = keys.find((k) => k.id === id);
    if (!target) throw notFound('api-keys', id);
    if (target.role === 'admin' && keys.filter((k) => k.role === 'admin').length === 1) {
      throw new KubeError(
        KubeErrorCode.Conflict,
        'this is the last admin key of the tenant; create another admin key first',
      );
    }
    await this.tenants.deleteApiKey(principal.tenantId, id);
    // Every replica drops the key from its verification cache.
    await this.keys.keyChanged(id);
  }
}
