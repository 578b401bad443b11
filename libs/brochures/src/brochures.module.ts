import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { MatchingModule } from '@app/matching';
import { MembersModule } from '@app/members';
import { TendersModule } from '@app/tenders';
import { BrochureController } from './api/brochure.controller';
import { BrochureResolver } from './api/brochure.resolver';
import { BrochuresService } from './brochures.service';
import { NetworkContactService } from './network-contact.service';

/** Capability brochures (PDF): generation (GraphQL, CLI), listing and the download route. */
@Module({
  imports: [MembersModule, TendersModule, MatchingModule, BidsModule],
  controllers: [BrochureController],
  providers: [BrochuresService, NetworkContactService, BrochureResolver],
  exports: [BrochuresService, NetworkContactService],
})
export class BrochuresModule {}
