export * from './pipeline.module';
export * from './pipeline.service';
export * from './grant.entity';
export * from './gini';
export { PipelineModel } from './api/pipeline.resolver';
import { Grant } from './grant.entity';

export const PIPELINE_ENTITIES = [Grant];
