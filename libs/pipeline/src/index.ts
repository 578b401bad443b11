// The pipeline context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { Grant } from './entities/grant.entity';

export { PipelineModule } from './pipeline.module';
export { PipelineService } from './pipeline.service';
export { PipelineModel } from './api/models/pipeline.model';
export { Grant } from './entities/grant.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const PIPELINE_ENTITIES = [Grant];
