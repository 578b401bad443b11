import { Module } from '@nestjs/common';
import { CapabilityResolver, CatalogueEntryResolver } from './api/capability.resolver';
import { CertificateResolver } from './api/certificate.resolver';
import { DuesResolver } from './api/dues.resolver';
import { MemberResolver } from './api/member.resolver';
import { CapabilitiesService } from './capabilities.service';
import { CertificatesService } from './certificates.service';
import { DuesService } from './dues.service';
import { CapabilitiesByMemberLoader } from './loaders/capabilities-by-member.loader';
import { CatalogueLoader } from './loaders/catalogue.loader';
import { CertificatesByMemberLoader } from './loaders/certificates-by-member.loader';
import { LatestDuesBandsLoader } from './loaders/latest-dues-bands.loader';
import { MemberByIdLoader } from './loaders/member-by-id.loader';
import { MembersService } from './members.service';

@Module({
  providers: [
    MembersService,
    CapabilitiesService,
    CertificatesService,
    DuesService,
    MemberByIdLoader,
    CatalogueLoader,
    LatestDuesBandsLoader,
    CapabilitiesByMemberLoader,
    CertificatesByMemberLoader,
    MemberResolver,
    CapabilityResolver,
    CatalogueEntryResolver,
    CertificateResolver,
    DuesResolver,
  ],
  exports: [MembersService, CapabilitiesService, CertificatesService, DuesService, MemberByIdLoader, CatalogueLoader],
})
export class MembersModule {}
