import { Module } from '@nestjs/common';
import { PlaygroundController } from './playground.controller';

/** The offline GraphQL playground's page and assets. */
@Module({ controllers: [PlaygroundController] })
export class PlaygroundModule {}
