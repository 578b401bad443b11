export * from './members.module';
export * from './members.service';
export * from './entities/member.entity';
import { Member } from './entities/member.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const MEMBERS_ENTITIES = [Member];
