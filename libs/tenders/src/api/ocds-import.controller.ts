import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type Actor, Allow, AppError, CurrentActor, Role } from '@app/core';
import { OcdsImportService, type OcdsImportReport } from '../ocds-import.service';

export const OCDS_UPLOAD_PATH = '/imports/ocds';

/**
 * Large release packages (tens of MB) as a plain HTTP upload, since a GraphQL string argument is
 * bound by the ordinary body limit: POST the JSON file with content-type application/json.
 */
@Controller('imports')
export class OcdsImportController {
  constructor(private readonly importer: OcdsImportService) {}

  @Post('ocds')
  @HttpCode(200)
  @Allow(Role.ADMIN, Role.PROJECT_LEADER)
  upload(@CurrentActor() actor: Actor, @Req() req: Request): Promise<OcdsImportReport> {
    if (!Buffer.isBuffer(req.body) || !req.body.length)
      throw AppError.badInput('Send the release package as the request body with content-type application/json.');
    return this.importer.importPackage(actor, req.body);
  }
}
