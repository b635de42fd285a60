import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { KubeconfigModule } from '../kubeconfig/kubeconfig.module';
import { AttemptsController } from './attempts.controller';
import { AttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';
import { ExerciseAttemptsController } from './exercise-attempts.controller';

/** Attempts at exercises: a seeded cluster per attempt, graded on demand. */
@Module({
  imports: [ClustersModule, ExercisesModule, KubeconfigModule],
  controllers: [ExerciseAttemptsController, AttemptsController],
  providers: [AttemptsService, AttemptsResolver],
  exports: [AttemptsService],
})
export class AttemptsModule {}
