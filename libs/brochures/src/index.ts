export * from './brochures.module';
export * from './brochures.service';
export * from './digesting-sink';
export * from './entities/brochure.entity';
export { BrochureModel, BrochureLanguageCode } from './api/models/brochure.model';
import { Brochure } from './entities/brochure.entity';

export const BROCHURES_ENTITIES = [Brochure];
