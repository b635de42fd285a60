import { All, Controller, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { InFlightLimit } from '../common/limits/in-flight-limit';
import { K8sApiService, type FacadeReply, type FacadeRequest } from './k8s-api.service';

/**
 * The Kubernetes API of each cluster at `/v1/clusters/{id}/k8s/...` (the server URL of the
 * kubeconfig). One catch-all route: the service resolves the Kubernetes path itself.
 */
@ApiExcludeController()
@Controller('v1/clusters/:id/k8s')
export class K8sApiController {
  constructor(
    private readonly api: K8sApiService,
    private readonly inFlight: InFlightLimit,
  ) {}

  @All('*path')
  async handle(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const request = facadeRequest(req, id);
    if (this.api.isWatch(request)) {
      // Watches are long-running: capped per key while open (429 beyond MAX_WATCHES_PER_KEY).
      await this.inFlight.run('watch', principal, () => this.watch(principal, id, request, res));
      return;
    }
    send(res, await this.api.handle(principal, id, request));
  }

  private watch(principal: Principal, id: string, request: FacadeRequest, res: Response) {
    return this.api.watch(principal, id, request, {
      start: (contentType) => {
        res.status(200).setHeader('Content-Type', contentType);
        res.setHeader('Cache-Control', 'no-cache, private');
        res.flushHeaders();
      },
      write: (line) => void res.write(line),
      end: () => res.end(),
      onClose: (listener) => res.on('close', listener),
    });
  }
}

function facadeRequest(req: Request, id: string): FacadeRequest {
  const prefix = `/v1/clusters/${id}/k8s`;
  const path = req.path.startsWith(prefix) ? req.path.slice(prefix.length) : req.path;
  return {
    method: req.method,
    path,
    query: req.query as Record<string, unknown>,
    accept: req.headers.accept,
    contentType: req.headers['content-type'],
    userAgent: req.headers['user-agent'],
    host: req.headers.host,
    body: req.body,
  };
}

function send(res: Response, reply: FacadeReply): void {
  res.status(reply.status);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.setHeader('Content-Type', reply.contentType);
  res.end(Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(JSON.stringify(reply.body)));
}
