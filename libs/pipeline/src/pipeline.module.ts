import { Module } from '@nestjs/common';
import { PipelineResolver, PipelineTablesResolver } from './api/pipeline.resolver';
import { PipelineService } from './pipeline.service';

@Module({ providers: [PipelineService, PipelineResolver, PipelineTablesResolver], exports: [PipelineService] })
export class PipelineModule {}
