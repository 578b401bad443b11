import { graphql } from '../../gql';

/**
 * The reasons the API gives in `extensions.details.reason` (Query.errorReasons). The console does
 * not ask for the list; this fragment makes the generator emit the `ErrorReason` type, so that a
 * screen that switches on a reason is checked against the schema.
 */
export const ErrorReasonFragment = graphql(`
  fragment ErrorReasonOfApi on ErrorReasonInfo {
    reason
  }
`);

/**
 * The rules the API names in `extensions.fields[].rule` (Query.fieldRules): as above, this makes
 * the generator emit the `FieldRule` type, so that every rule needs a text in the catalogues.
 */
export const FieldRuleFragment = graphql(`
  fragment FieldRuleOfApi on FieldRuleInfo {
    rule
  }
`);
