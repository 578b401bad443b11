import { ValidationPipe, applyDecorators } from '@nestjs/common';
import { type ValidationError, ValidateIf, registerDecorator } from 'class-validator';
import { AppError, type FieldProblem } from './app-error';

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

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // a null where a value is needed: that is the one thing to say (not also "must be a string")
    const constraints = e.constraints?.[NOT_NULL] ? { [NOT_NULL]: e.constraints[NOT_NULL] } : (e.constraints ?? {});
    for (const message of Object.values(constraints)) out.push({ field, message });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/** Validates every input type at the edge; failures become one BAD_USER_INPUT listing each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
      return AppError.invalid('The input', flattenValidationErrors(errors));
    },
  });
}
