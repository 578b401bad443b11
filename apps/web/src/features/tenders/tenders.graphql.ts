import { graphql } from '../../gql';

/** The tender list with its filters. One request. */
export const TendersDocument = graphql(`
  query Tenders($filter: TenderFilterInput, $after: String) {
    tenders(first: 50, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        buyerName
        market
        stage
        deadline
        daysToDeadline
        estimatedValue {
          minorUnits
          currency
        }
      }
    }
  }
`);

export const CreateTenderDocument = graphql(`
  mutation CreateTender($input: CreateTenderInput!) {
    createTender(input: $input) {
      id
    }
  }
`);

/** One tender: facts, requirements, the stages it may move to, and its bids. One request. */
export const TenderDocument = graphql(`
  query Tender($id: Int!) {
    tender(id: $id) {
      id
      title
      description
      buyerName
      market
      stage
      nextStages
      deadline
      daysToDeadline
      referenceUrl
      clearanceLevel
      exportControlled
      version
      estimatedValue {
        minorUnits
        currency
      }
      weightedValue {
        minorUnits
        currency
      }
      requirements {
        id
        capabilityCode
        description
        hours
        mandatory
        indivisible
        windowStart
        windowEnd
        draft
        requiredCertificates {
          type
        }
      }
    }
    bids(filter: { tenderId: $id }) {
      id
      title
      status
    }
    ...CatalogueNames
  }
`);

export const AddRequirementDocument = graphql(`
  mutation AddRequirement($input: AddRequirementInput!) {
    addRequirement(input: $input) {
      id
    }
  }
`);

export const RemoveRequirementDocument = graphql(`
  mutation RemoveRequirement($id: Int!) {
    removeRequirement(id: $id)
  }
`);

export const MoveStageDocument = graphql(`
  mutation MoveTenderStage($input: MoveTenderStageInput!) {
    moveTenderStage(input: $input) {
      id
      stage
      nextStages
      version
    }
  }
`);

/** Puts go/no-go to the steering committee (the decision's answer moves the stage). */
export const AskForGoDocument = graphql(`
  mutation AskForGo($tenderId: Int!) {
    openSteeringDecision(input: { kind: TENDER_GO, tenderId: $tenderId }) {
      id
    }
  }
`);
