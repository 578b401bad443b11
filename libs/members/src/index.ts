// The member register's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { CatalogueEntry, MemberCapability } from './entities/capability.entity';
import { Certificate } from './entities/certificate.entity';
import { DuesBand } from './entities/dues-band.entity';
import { Member } from './entities/member.entity';

export { MembersModule } from './members.module';
export { MembersService } from './members.service';
export {
  CAPACITY_LOANS_PORT,
  CapabilitiesService,
  type CapacityLoan,
  type CapacityLoanSource,
  COMMITTED_HOURS_PORT,
  type Commitment,
  type CommittedHoursSource,
} from './capabilities.service';
export { CertificatesService } from './certificates.service';
export { DuesService } from './dues.service';
export { CatalogueLoader } from './loaders/catalogue.loader';
export { MemberByIdLoader } from './loaders/member-by-id.loader';
export { CatalogueEntryModel, CertificateModel, MemberModel } from './api/models/member.model';
export { bandFor, bandLabel, hoursInRange } from './member-rules';
export { CapabilityGroup, CatalogueEntry, MemberCapability } from './entities/capability.entity';
export { Certificate, CertificateType, ClearanceLevel } from './entities/certificate.entity';
export { DuesBand } from './entities/dues-band.entity';
export { Member, MembershipStatus } from './entities/member.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const MEMBERS_ENTITIES = [Member, CatalogueEntry, MemberCapability, Certificate, DuesBand];
