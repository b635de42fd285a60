import { Module } from '@nestjs/common';
import { ExerciseSchemaController } from './exercise-schema.controller';
import { ExercisesController } from './exercises.controller';
import { ExercisesResolver } from './exercises.resolver';
import { ExercisesService } from './exercises.service';

/** Exercise specs: the built-in catalog and each tenant's own. */
@Module({
  controllers: [ExercisesController, ExerciseSchemaController],
  providers: [ExercisesService, ExercisesResolver],
  exports: [ExercisesService],
})
export class ExercisesModule {}
