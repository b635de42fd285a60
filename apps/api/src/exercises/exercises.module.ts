import { Module } from '@nestjs/common';
import { ExercisesController } from './exercises.controller';
import { ExercisesResolver } from './exercises.resolver';
import { ExercisesService } from './exercises.service';

/** Exercise specs: the built-in catalog and each tenant's own. */
@Module({
  controllers: [ExercisesController],
  providers: [ExercisesService, ExercisesResolver],
  exports: [ExercisesService],
})
export class ExercisesModule {}
