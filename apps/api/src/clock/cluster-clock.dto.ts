import { ApiProperty } from '@nestjs/swagger';

export class ClusterClockDto {
  @ApiProperty({ description: "The cluster's time", example: '2026-01-01T00:00:30.000Z' })
  now!: string;

  @ApiProperty({ description: 'Seconds the cluster clock runs ahead of the wall clock' })
  offsetSeconds!: number;

  @ApiProperty({
    description: 'When something next falls due (a grace period ending, a rollout step)',
    nullable: true,
    type: String,
  })
  nextWakeUp!: string | null;

  @ApiProperty()
  revision!: number;
}
