import { ValidationPipe, applyDecorators } from '@nestjs/common';
import { type ValidationError, ValidateIf, getMetadataStorage, registerDecorator } from 'class-validator';
import { AppError, type FieldProblem } from './app-error';
import { FieldRule } from './field-rule';

const NOT_NULL = 'notNullWhenGiven';

/**
 * For an optional input field that cannot be cleared (its column holds a value, e.g. a tender's
 * title or a requirement's `mandatory`): it may be left out, which keeps the current value, but
 * null is refused as BAD_USER_INPUT naming the field. Use it instead of @IsOptional(), which lets
 * null through to the service. Fields whose null means "clear" keep @IsOptional().
 */
export function OptionalNotNull(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: NOT_NULL,
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message: `$property cannot be null: leave it out to keep the current value` },
        validator: { validate: (value: unknown) => value !== null },
      }),
  );
}

/**
 * The rule each class-validator constraint stands for, and the name of its (first) constraint
 * value in params. Constraints not listed here carry no rule, e.g. `matches` with a pattern and
 * message of its own (the DTOs' YYYY-MM-DD pattern is NOT_A_DATE, below).
 */
const RULE_OF_CONSTRAINT: Record<string, [FieldRule, string?]> = {
  isNotEmpty: [FieldRule.REQUIRED],
  isDefined: [FieldRule.REQUIRED],
  [NOT_NULL]: [FieldRule.CANNOT_BE_CLEARED],
  maxLength: [FieldRule.AT_MOST_CHARACTERS, 'max'],
  minLength: [FieldRule.AT_LEAST_CHARACTERS, 'min'],
  arrayMaxSize: [FieldRule.TOO_MANY, 'max'],
  isInt: [FieldRule.WHOLE_NUMBER],
  min: [FieldRule.AT_LEAST, 'min'],
  max: [FieldRule.AT_MOST, 'max'],
  isEnum: [FieldRule.NOT_ONE_OF],
  isIn: [FieldRule.NOT_ONE_OF],
  isEmail: [FieldRule.NOT_AN_EMAIL],
  isUrl: [FieldRule.NOT_A_WEB_ADDRESS],
};

/** `@Matches` with this pattern (the DTOs' YYYY-MM-DD) is the rule NOT_A_DATE. */
const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;

/** The first value of the decorator behind a failed constraint (e.g. 300 of @MaxLength(300)), from class-validator's metadata. */
function constraintValue(e: ValidationError, constraint: string): unknown {
  const target = e.target?.constructor;
  const meta = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === e.property && m.name === constraint)
    : undefined;
  return meta?.constraints?.[0];
}

/** A constraint's problem with its rule, the rule's value read from the decorator's own metadata. */
function problemOf(e: ValidationError, field: string, constraint: string, message: string): FieldProblem {
  if (constraint === 'matches') {
    const pattern = constraintValue(e, constraint);
    return pattern instanceof RegExp && pattern.source === DATE_PATTERN
      ? { field, message, rule: FieldRule.NOT_A_DATE }
      : { field, message };
  }
  const known = RULE_OF_CONSTRAINT[constraint];
  if (!known) return { field, message };
  const [rule, param] = known;
  if (!param) return { field, message, rule };
  const value = constraintValue(e, constraint);
  // without its value the rule cannot be said; the message still can
  return typeof value === 'number' ? { field, message, rule, params: { [param]: value } } : { field, message };
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // a null where a value is needed: that is the one thing to say (not also "must be a string")
    const constraints = e.constraints?.[NOT_NULL] ? { [NOT_NULL]: e.constraints[NOT_NULL] } : (e.constraints ?? {});
    for (const [constraint, message] of Object.entries(constraints)) out.push(problemOf(e, field, constraint, message));
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type TargetMetadatas = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
const remembered = new WeakSet<MetadataStorage>();

/**
 * class-validator works out a class's rules again on every validation: it goes over every class
 * that has any rule (~300 here) with an `instanceof` each, for inherited rules, then groups them by
 * property. On the member list that was ~0.1 ms of every request for one `first: 50` (issue 23).
 * The rules are fixed once a class is defined (decorators run with its definition, a parent's
 * before its child's), so both answers are kept per class and options. The lists handed out are
 * the same arrays each time; class-validator only reads them.
 */
export function rememberValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  if (remembered.has(storage)) return;
  remembered.add(storage);
  const targetMetadatas = storage.getTargetValidationMetadatas.bind(storage);
  const groupByPropertyName = storage.groupByPropertyName.bind(storage);
  const byTarget = new WeakMap<object, Map<string, TargetMetadatas>>();
  // keyed by the lists handed out below, which are the same array on every call; any other list is grouped afresh
  const grouped = new WeakMap<TargetMetadatas, ReturnType<MetadataStorage['groupByPropertyName']>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (typeof target !== 'function') return targetMetadatas(target, schema, always, strictGroups, groups);
    let byOptions = byTarget.get(target);
    if (!byOptions) byTarget.set(target, (byOptions = new Map()));
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups ? groups.join('\u0000') : '-'}`;
    let found = byOptions.get(key);
    if (!found) {
      found = targetMetadatas(target, schema, always, strictGroups, groups);
      byOptions.set(key, found);
      grouped.set(found, groupByPropertyName(found));
    }
    return found;
  };
  storage.groupByPropertyName = (metadata) => grouped.get(metadata) ?? groupByPropertyName(metadata);
}

/** Validates every input type at the edge; failures become one BAD_USER_INPUT listing each field. */
export function createValidationPipe(): ValidationPipe {
  rememberValidationMetadata();
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    // the object each error was found in: flattenValidationErrors reads a rule's value (the 300
    // of @MaxLength(300)) from its class's metadata. Nothing of it is sent: only field, message,
    // rule and params leave in the AppError
    validationError: { target: true },
    exceptionFactory: (errors) => {
      return AppError.invalid('The input', flattenValidationErrors(errors));
    },
  });
}
