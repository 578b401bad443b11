export * from './brochures.module';
export * from './entities/brochure.entity';
import { Brochure } from './entities/brochure.entity';

export const BROCHURES_ENTITIES = [Brochure];
