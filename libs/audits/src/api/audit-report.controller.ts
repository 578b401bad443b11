import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Actor, Allow, AppError, CurrentActor } from '@app/core';
import { AuditReportService } from '../audit-report.service';
import { DigestingSink } from '@app/brochures';
import { AUDIT_PERMISSIONS } from '../audits.permissions';

/**
 * GET /audits/:id/report.pdf?language=nb|en — the audit report, for the supplier, the lead
 * auditor's firm and the relying members (signed in); NOT_FOUND for anyone else.
 */
@Controller('audits')
export class AuditReportController {
  constructor(private readonly reports: AuditReportService) {}

  @Get(':id/report.pdf')
  @Allow(...AUDIT_PERMISSIONS.downloadAuditReport)
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query('language') language: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!/^\d{1,9}$/.test(id)) throw AppError.notFound('Audit', id);
    const lang = (language ?? 'nb').toLowerCase();
    if (lang !== 'nb' && lang !== 'en')
      throw AppError.badInput('language is nb (Norwegian) or en (English).', [{ field: 'language', message: 'nb or en' }]);
    // rendered into memory first: a failure is an error response, never half a PDF
    const sink = DigestingSink.inMemory();
    const result = await this.reports.render(actor, Number(id), lang, sink);
    const pdf = sink.buffer();
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(pdf.length));
    res.setHeader('Content-Disposition', `attachment; filename="totalfly-audit-${id}-report-${lang}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Pdf-Pages', String(result.pages));
    res.end(pdf);
  }
}
