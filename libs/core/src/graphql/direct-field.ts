import { PARAM_ARGS_METADATA } from '@nestjs/graphql';

/**
 * For a field resolver that takes arguments: the `@Args()` stay for the schema, but Nest's
 * parameter resolution (and the global ValidationPipe) is left out, so Nest 12 hands the method
 * to graphql-js as it is, called with graphql-js's own `(parent, args, context, info)`. Declare
 * the parameters in that order, with `@Args()` of an `@ArgsType` class in second place. Only for
 * arguments whose scalar checks them (a LocalDate, an Int): no class-validator rule runs.
 *
 * On `members(first: 50) { certificates }` the decorated path cost a promise chain and a pipe
 * per member (docs/ARCHITECTURE.md, "How a request flows").
 */
export function DirectField(): MethodDecorator {
  // parameter decorators run before method decorators: this removes what @Args() recorded for Nest
  return (target, key) => {
    Reflect.deleteMetadata(PARAM_ARGS_METADATA, target.constructor, key);
  };
}
