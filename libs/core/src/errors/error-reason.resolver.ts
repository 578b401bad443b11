import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, Allow } from '../auth/allow.decorator';
import { ERROR_REASON_DESCRIPTIONS, ErrorReason } from './error-reason';
import { FIELD_RULES, FieldRule } from './field-rule';

@ObjectType({ description: 'One value `extensions.details.reason` of an error can carry, with what it means.' })
export class ErrorReasonInfo {
  @Field(() => ErrorReason)
  reason!: ErrorReason;

  @Field({ description: 'What the reason means and what to do about it (English), with the error code it comes with.' })
  description!: string;
}

@ObjectType({ description: 'One rule an entry of `extensions.fields` can name as `rule`, with what it means and its params.' })
export class FieldRuleInfo {
  @Field(() => FieldRule)
  rule!: FieldRule;

  @Field({ description: 'What the rule asks of the field (English).' })
  description!: string;

  @Field(() => [String], { description: 'The names of the values the entry carries in `params`, e.g. ["max"].' })
  params!: string[];
}

/** Publishes the reasons and the field rules, so that a client's code generator emits their types. */
@Resolver(() => ErrorReasonInfo)
export class ErrorReasonResolver {
  @Query(() => [ErrorReasonInfo], {
    description: 'Every reason an error may carry in `extensions.details.reason`, each with its meaning. The list only grows.',
  })
  @Allow(...ANY_ROLE)
  errorReasons(): ErrorReasonInfo[] {
    return Object.values(ErrorReason).map((reason) => ({ reason, description: ERROR_REASON_DESCRIPTIONS[reason] }));
  }

  @Query(() => [FieldRuleInfo], {
    description:
      'Every rule an entry of `extensions.fields` may name as `rule` (with its values in `params`), each with its meaning. The list only grows.',
  })
  @Allow(...ANY_ROLE)
  fieldRules(): FieldRuleInfo[] {
    return Object.values(FieldRule).map((rule) => ({
      rule,
      description: FIELD_RULES[rule].description,
      params: [...FIELD_RULES[rule].params],
    }));
  }
}
