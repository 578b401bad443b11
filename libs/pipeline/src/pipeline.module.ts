import { Module } from '@nestjs/common';
import { PipelineResolver } from './api/pipeline.resolver';
import { PipelineService } from './pipeline.service';

@Module({ providers: [PipelineService, PipelineResolver], exports: [PipelineService] })
export class PipelineModule {}
