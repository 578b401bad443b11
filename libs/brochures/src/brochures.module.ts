import { Module } from '@nestjs/common';

/** Capability brochures (PDF). The service, resolver, download route and CLI command plug in here. */
@Module({})
export class BrochuresModule {}
