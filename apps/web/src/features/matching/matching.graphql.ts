import { graphql } from '../../gql';

/** Why a firm may not take a requirement: the code and the facts the console words it from. */
export const IneligibilityReasonFragment = graphql(`
  fragment IneligibilityReasonFields on IneligibilityReason {
    code
    message
    certificate {
      type
      process
    }
    date
    expired
    windowStart
    windowEnd
    level
    requiredLevel
    capabilityCode
    freeHours
    hours
  }
`);

/** The consortium suggestion for a tender, with the tender's requirements for labels. One request. */
export const SuggestionDocument = graphql(`
  query Suggestion($tenderId: Int!) {
    tender(id: $tenderId) {
      id
      title
      buyerName
      stage
      currency
      requirements {
        id
        capabilityCode
        description
        hours
        mandatory
      }
    }
    suggestConsortia(tenderId: $tenderId, options: { alternatives: 3 }) {
      complete
      candidateFirms
      alternatives {
        rank
        coverage
        firmCount
        uncoveredHours
        uncoveredMandatoryHours
        provenOptimal
        estimatedCost {
          minorUnits
          currency
        }
        firms {
          firmId
          firmName
          hours
          estimatedCost {
            minorUnits
            currency
          }
          assignments {
            requirementId
            hours
          }
        }
      }
      explanations {
        requirementId
        label
        capabilityCode
        eligibleFirmIds
        warnings {
          firmId
          firmName
          code
          message
          certificateType
          auditId
          foundOn
          dueOn
        }
        ineligible {
          firmId
          firmName
          reasons {
            ...IneligibilityReasonFields
          }
        }
      }
      uncovered {
        requirementId
        label
        capabilityCode
        message
        hours
        gapHours
        cause
        maxFirms
        excludedEligibleFirmIds
        nearestMiss {
          firmId
          firmName
          reasons {
            ...IneligibilityReasonFields
          }
        }
      }
    }
    ...CatalogueNames
  }
`);

export const ComposeBidDocument = graphql(`
  mutation ComposeBid($input: CreateBidFromSuggestionInput!) {
    createBidFromSuggestion(input: $input) {
      id
    }
  }
`);
