import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, Allow } from '../auth/allow.decorator';
import { ERROR_REASON_DESCRIPTIONS, ErrorReason } from './error-reason';

@ObjectType({ description: 'One value `extensions.details.reason` of an error can carry, with what it means.' })
export class ErrorReasonInfo {
  @Field(() => ErrorReason)
  reason!: ErrorReason;

  @Field({ description: 'What the reason means and what to do about it (English), with the error code it comes with.' })
  description!: string;
}

/** Publishes the reasons, so that a client's code generator emits the ErrorReason type. */
@Resolver(() => ErrorReasonInfo)
export class ErrorReasonResolver {
  @Query(() => [ErrorReasonInfo], {
    description: 'Every reason an error may carry in `extensions.details.reason`, each with its meaning. The list only grows.',
  })
  @Allow(...ANY_ROLE)
  errorReasons(): ErrorReasonInfo[] {
    return Object.values(ErrorReason).map((reason) => ({ reason, description: ERROR_REASON_DESCRIPTIONS[reason] }));
  }
}
