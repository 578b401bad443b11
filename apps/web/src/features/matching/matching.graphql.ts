import { graphql } from '../../gql';

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
        ineligible {
          firmId
          firmName
          reasons {
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
        }
      }
      uncovered {
        requirementId
        label
        message
        gapHours
      }
    }
  }
`);

export const ComposeBidDocument = graphql(`
  mutation ComposeBid($input: CreateBidFromSuggestionInput!) {
    createBidFromSuggestion(input: $input) {
      id
    }
  }
`);
