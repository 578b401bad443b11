import { Module } from '@nestjs/common';
import { MembersModule } from '@app/members';
import { TendersModule } from '@app/tenders';
import { MatchingResolver } from './api/matching.resolver';
import { MatchingService } from './matching.service';

@Module({ imports: [MembersModule, TendersModule], providers: [MatchingService, MatchingResolver], exports: [MatchingService] })
export class MatchingModule {}
