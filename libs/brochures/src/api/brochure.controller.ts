import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, Allow, AppError, CurrentActor } from '@app/core';
import { BrochuresService } from '../brochures.service';
import { BROCHURE_PERMISSIONS } from '../brochures.permissions';

/**
 * GET /brochures/:id.pdf — the stored PDF, for the same people who may make it: the association
 * any brochure, a firm user network brochures only (a tender brochure is NOT_FOUND for them).
 */
@Controller('brochures')
export class BrochureController {
  constructor(private readonly service: BrochuresService) {}

  @Get(':file')
  @Allow(...BROCHURE_PERMISSIONS.downloadBrochure)
  async download(@CurrentActor() actor: Actor, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const m = /^(\d{1,9})\.pdf$/.exec(file);
    if (!m) throw AppError.notFound('Brochure', file);
    const { brochure, pdf } = await this.service.download(actor, Number(m[1]));
    const etag = `"${brochure.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const name = `totalfly-${brochure.kind.toLowerCase()}-brochure-${brochure.id}-${brochure.language}-${brochure.statedDate}.pdf`;
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(pdf.length));
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(pdf);
  }
}
