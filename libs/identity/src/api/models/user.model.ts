import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Language, Role } from '@app/core';

@ObjectType('User')
export class UserModel {
  @Field(() => Int)
  id: number;
  @Field()
  email: string;
  @Field()
  displayName: string;
  @Field(() => Role)
  role: Role;
  @Field(() => Int, { nullable: true, description: 'The member firm of a FIRM_USER.' })
  firmId: number | null;
  @Field()
  active: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt: Date | null;
  @Field(() => Language, { description: 'The language of the console, notifications and CSV exports.' })
  language: Language;
}

@ObjectType('LoginResult', {
  description:
    'A short-lived access token. The browser session also gets a refresh token in an httpOnly, SameSite=Strict cookie (path /graphql) that refreshSession exchanges for a new access token.',
})
export class LoginResultModel {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;
  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
  @Field(() => UserModel)
  user: UserModel;
}

@ObjectType('AuditRecord')
export class AuditRecordModel {
  @Field(() => Int)
  id: number;
  @Field(() => GraphQLISODateTime)
  at: Date;
  @Field(() => Int, { nullable: true })
  actorUserId: number | null;
  @Field()
  actorEmail: string;
  @Field()
  actorRole: string;
  @Field()
  action: string;
  @Field()
  entityType: string;
  @Field()
  entityId: string;
  @Field(() => String, { nullable: true, description: 'JSON summary before the change.' })
  before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON summary after the change.' })
  after: string | null;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@ObjectType()
export class AuditRecordConnection extends Connection(AuditRecordModel, 'AuditRecord') {}

@ObjectType('Person', { description: 'A signed-in user as others see them: a name, no e-mail or role.' })
export class PersonModel {
  @Field(() => Int)
  id: number;
  @Field({ description: 'The display name.' })
  name: string;
}
