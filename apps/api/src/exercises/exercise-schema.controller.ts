import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EXERCISE_SPEC_SCHEMA } from '@app/grading';

/** The exercise spec's JSON Schema, for editors and authoring tools (committed beside the API). */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('v1/schemas')
export class ExerciseSchemaController {
  @Get('exercise')
  @Header('Content-Type', 'application/schema+json')
  exercise() {
    return EXERCISE_SPEC_SCHEMA;
  }
}
