import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal, Roles } from '../common/auth/principal.decorator';
import { ExercisesService } from './exercises.service';

@ApiTags('exercises')
@ApiBearerAuth()
@Controller('v1/exercises')
export class ExercisesController {
  constructor(private readonly exercises: ExercisesService) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: await this.exercises.list(principal) };
  }

  @Get(':slug')
  async get(@CurrentPrincipal() principal: Principal, @Param('slug') slug: string) {
    return (await this.exercises.resolve(principal, slug)).view;
  }

  /** Instructors add exercises: the YAML spec (apiVersion sandbox.kns.dev/v1, kind Exercise). */
  @Post()
  @Roles('admin', 'instructor')
  @ApiConsumes('application/yaml')
  @ApiBody({ schema: { type: 'string' } })
  create(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.exercises.save(principal, body);
  }
}
