import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type Actor, Allow, AppError, CurrentActor } from '@app/core';
import { OcdsImportService, type OcdsImportReport } from '../ocds-import.service';
import { TENDER_PERMISSIONS } from '../tenders.permissions';

export const OCDS_UPLOAD_PATH = '/imports/ocds';

/** The charset parameter of a content-type header ("application/json; charset=iso-8859-1" → "iso-8859-1"). */
export function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/**
 * Large release packages (tens of MB) as a plain HTTP upload, since a GraphQL string argument is
 * bound by the ordinary body limit: POST the JSON file with content-type application/json (add
 * `; charset=iso-8859-1` for a Latin-1 file) and, for date-times without a UTC offset, the zone
 * to read them in as `?timeZone=America/Mexico_City`. The largest upload is UPLOAD_LIMIT.
 */
@Controller('imports')
export class OcdsImportController {
  constructor(private readonly importer: OcdsImportService) {}

  @Post('ocds')
  @HttpCode(200)
  @Allow(...TENDER_PERMISSIONS.importOcdsReleasePackage)
  upload(@CurrentActor() actor: Actor, @Req() req: Request, @Query('timeZone') timeZone?: string): Promise<OcdsImportReport> {
    if (!Buffer.isBuffer(req.body) || !req.body.length)
      throw AppError.badInput('Send the release package as the request body with content-type application/json.');
    if (timeZone !== undefined && typeof timeZone !== 'string')
      throw AppError.badInput('Give one timeZone, e.g. ?timeZone=Europe/Oslo.', [{ field: 'timeZone', message: 'one IANA time zone' }]);
    return this.importer.importPackage(actor, req.body, { charset: charsetOf(req.header('content-type')), timeZone });
  }
}
