import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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
  @ApiPropertyOptional({
    description: 'When the key stops working (RFC 3339, in the future); omit for no expiry',
    example: '2027-01-31T23:59:59Z',
  })
  expiresAt?: string;
}

class RotateApiKeyDto {
  @ApiPropertyOptional({
    description: 'A new expiry (RFC 3339, in the future), or null for none; omit to keep it',
    example: '2027-01-31T23:59:59Z',
    nullable: true,
  })
  expiresAt?: string | null;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Undefined when absent, null when explicitly null (only where allowed), else a future instant. */
function expiryOf(
  value: unknown,
  nullable: boolean,
  causes: FieldCause[],
): Date | null | undefined {
  if (value === undefined || (value === null && nullable)) return value;
  const date = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'expiresAt',
      message: `Invalid value: ${JSON.stringify(value)}: must be an RFC 3339 date-time such as "2027-01-31T23:59:59Z"`,
    });
    return undefined;
  }
  if (date.getTime() <= Date.now()) {
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'expiresAt',
      message: `Invalid value: "${value}": must be in the future`,
    });
    return undefined;
  }
  return date;
}

function refuse(causes: FieldCause[]): void {
  if (causes.length === 0) return;
  throw new KubeError(
    KubeErrorCode.Invalid,
    `api key is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
    causes,
  );
}

/**
 * API keys of the caller's tenant; admins only. A new or rotated secret is shown once, in the
 * answer. Deleting or rotating takes effect with the request: the old secret is a 401 at once.
 */
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
    if (
      typeof name !== 'string' ||
      name.trim() === '' ||
      name.length > 100 ||
      // Control characters (NUL, which Postgres refuses in text) and lone surrogates.
      /[\p{Cc}\p{Cs}]/u.test(name)
    ) {
      causes.push({
        reason: 'FieldValueRequired',
        field: 'name',
        message: 'Required value: a name of 1 to 100 printable characters',
      });
    }
    if (!ROLES.includes(role)) {
      causes.push({
        reason: 'FieldValueNotSupported',
        field: 'role',
        message: `Unsupported value: ${JSON.stringify(role ?? null)}: supported values: "${ROLES.join('", "')}"`,
      });
    }
    const expiresAt = expiryOf(body?.expiresAt, false, causes);
    refuse(causes);
    const { key, apiKey } = await this.tenants.createApiKey(
      principal.tenantId,
      name.trim(),
      role,
      expiresAt ?? null,
    );
    return { ...apiKey, key };
  }

  @Get()
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.tenants.listApiKeys(principal.tenantId) };
  }

  /** A new secret for the same key (same id, name, role and clusters); the old one stops working now. */
  @Post(':id/rotate')
  @HttpCode(200)
  async rotate(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: RotateApiKeyDto,
  ) {
    const causes: FieldCause[] = [];
    const expiresAt = expiryOf(body?.expiresAt, true, causes);
    refuse(causes);
    const rotated = await this.tenants.rotateApiKey(principal.tenantId, id, expiresAt);
    if (!rotated) throw notFound('api-keys', id);
    // The old secret (and an old expiry) must stop working on every replica now.
    await this.keys.keyChanged(id);
    return { ...rotated.apiKey, key: rotated.key };
  }

  /** 409 for the tenant's last working admin key, decided under the tenant's lock. */
  @Delete(':id')
  @HttpCode(204)
  async delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    if (!(await this.tenants.deleteApiKey(principal.tenantId, id))) throw notFound('api-keys', id);
    // Every replica drops the key from its verification cache.
    await this.keys.keyChanged(id);
  }
}
