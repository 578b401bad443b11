import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Actor, Allow, AppError, CurrentActor } from '@app/core';
import { AgreementDocumentService } from '../agreement-document.service';
import { EXCHANGE_PERMISSIONS } from '../exchange.permissions';

/**
 * GET /exchange/agreements/:id.pdf?language=nb|en — the loan agreement for signing, for its two
 * firms and the association (anyone else: 404, as for a missing agreement).
 */
@Controller('exchange/agreements')
export class AgreementPdfController {
  constructor(private readonly documents: AgreementDocumentService) {}

  @Get(':file')
  @Allow(...EXCHANGE_PERMISSIONS.downloadLoanAgreementPdf)
  async download(
    @CurrentActor() actor: Actor,
    @Param('file') file: string,
    @Query('language') language: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const m = /^(\d{1,9})\.pdf$/.exec(file);
    if (!m) throw AppError.notFound('Loan agreement', file);
    const lang = (language ?? 'nb').toLowerCase();
    if (lang !== 'nb' && lang !== 'en') throw AppError.badInput('language is nb or en.', [{ field: 'language', message: 'nb or en' }]);
    const { pdf, filename } = await this.documents.render(actor, Number(m[1]), lang);
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(pdf.length));
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(pdf);
  }
}
