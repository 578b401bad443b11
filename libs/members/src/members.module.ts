import { Module } from '@nestjs/common';
import { MemberResolver } from './api/member.resolver';
import { MembersService } from './members.service';

@Module({ providers: [MembersService, MemberResolver], exports: [MembersService] })
export class MembersModule {}
