import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Response } from 'express';
import { notFound } from '@app/kube';
import { Public } from '../common/auth/principal.decorator';
import { PLAYGROUND_ASSETS, PLAYGROUND_INIT_JS } from './playground-page';

// Resolved from this file at run time so it works from sources (tests) and from the bundle; via
// package.json because the packages' `exports` maps do not list these files.
const packageDir = (pkg: string): string =>
  dirname(createRequire(__filename).resolve(`${pkg}/package.json`));

/** Scripts and styles of the playground page (GET /graphql in a browser serves the page). */
@ApiExcludeController()
@Public()
@Controller('graphql-playground')
export class PlaygroundController {
  @Get('init.js')
  @Header('Content-Type', 'application/javascript; charset=utf-8')
  init(): string {
    return PLAYGROUND_INIT_JS;
  }

  @Get(':asset')
  asset(@Param('asset') asset: string, @Res() res: Response): void {
    // Own entries only: `constructor` or `__proto__` must not find Object.prototype's members.
    const entry = Object.hasOwn(PLAYGROUND_ASSETS, asset) ? PLAYGROUND_ASSETS[asset] : undefined;
    if (!entry) throw notFound('assets', asset);
    res.type(entry.type).setHeader('Cache-Control', 'public, max-age=3600');
    res.sendFile(join(packageDir(entry.pkg), entry.file));
  }
}
