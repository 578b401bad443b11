import { Module } from '@nestjs/common';
import { CapabilityResolver, CatalogueEntryResolver } from './api/capability.resolver';
import { CertificateResolver } from './api/certificate.resolver';
import { DuesResolver } from './api/dues.resolver';
import { MemberResolver } from './api/member.resolver';
import { CapabilitiesService } from './capabilities.service';
import { CertificatesService } from './certificates.service';
import { DuesService } from './dues.service';
import { CatalogueLoader, LatestDuesBandsLoader, MemberByIdLoader } from './member-loaders';
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
    MemberResolver,
    CapabilityResolver,
    CatalogueEntryResolver,
    CertificateResolver,
    DuesResolver,
  ],
  exports: [MembersService, CapabilitiesService, CertificatesService, DuesService, MemberByIdLoader, CatalogueLoader],
})
export class MembersModule {}
