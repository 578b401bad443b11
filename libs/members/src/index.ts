export * from './members.module';
export * from './members.service';
export * from './capabilities.service';
export * from './certificates.service';
export * from './dues.service';
export { CatalogueLoader } from './loaders/catalogue.loader';
export { LatestDuesBandsLoader } from './loaders/latest-dues-bands.loader';
export { MemberByIdLoader } from './loaders/member-by-id.loader';
export * from './member-rules';
export * from './member-access';
export * from './entities/member.entity';
export * from './entities/capability.entity';
export * from './entities/certificate.entity';
export * from './entities/dues-band.entity';
export { MemberModel, CertificateModel, MemberCapabilityModel, CatalogueEntryModel, ILLUSTRATIVE_NOTE } from './api/models/member.model';
import { CatalogueEntry, MemberCapability } from './entities/capability.entity';
import { Certificate } from './entities/certificate.entity';
import { DuesBand } from './entities/dues-band.entity';
import { Member } from './entities/member.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const MEMBERS_ENTITIES = [Member, CatalogueEntry, MemberCapability, Certificate, DuesBand];
