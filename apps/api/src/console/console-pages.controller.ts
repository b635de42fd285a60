import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'express';
import { KubeError, KubeErrorCode, notFound } from '@app/kube';
import { Public } from '../common/auth/principal.decorator';
import { CONSOLE_ASSETS, CONSOLE_HTML, consoleAssetsDir, FAVICON_SVG } from './console-page';

const assetsDir = consoleAssetsDir();

/**
 * The web console: one page for `/` and every `/console/...` route (the browser bundle routes
 * itself), and the bundle's files. The page needs no key; what it shows comes from the API,
 * called with the key the reader signs in with.
 */
@ApiExcludeController()
@Public()
@Controller()
export class ConsolePagesController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  landing(): string {
    return CONSOLE_HTML;
  }

  @Get('favicon.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=86400')
  favicon(): string {
    return FAVICON_SVG;
  }

  @Get('console/assets/:asset')
  asset(@Param('asset') asset: string, @Res() res: Response): void {
    const type = Object.hasOwn(CONSOLE_ASSETS, asset) ? CONSOLE_ASSETS[asset] : undefined;
    if (!type) throw notFound('assets', asset);
    const file = join(assetsDir, asset);
    if (!existsSync(file)) {
      throw new KubeError(
        KubeErrorCode.NotFound,
        `the console bundle has not been built: run "npm run build" (looked for ${file})`,
      );
    }
    res.type(type).setHeader('Cache-Control', 'no-cache');
    res.sendFile(file);
  }

  @Get(['console', 'console/*path'])
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return CONSOLE_HTML;
  }
}
