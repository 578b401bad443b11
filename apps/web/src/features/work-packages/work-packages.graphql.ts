import { graphql } from '../../gql';

export const InboxPackageFragment = graphql(`
  fragment InboxPackage on WorkPackage {
    id
    title
    scope
    status
    hours
    windowStart
    windowEnd
    responseDeadline
    offeredAt
    respondedAt
    declineReason
    counterComment
    counterWindowStart
    counterWindowEnd
    version
    price {
      minorUnits
      currency
    }
    counterPrice {
      minorUnits
      currency
    }
    tender {
      id
      title
      buyerName
      deadline
      market
      referenceUrl
      clearanceLevel
      exportControlled
    }
    requirements {
      requirementId
      hours
      requirement {
        id
        capabilityCode
        description
        mandatory
        requiredCertificates {
          type
        }
      }
    }
    history {
      id
      kind
      at
      comment
      price {
        minorUnits
        currency
      }
    }
  }
`);

/** The firm's inbox: every package offered to it, with the tender's public facts. One request. */
export const InboxDocument = graphql(`
  query Inbox {
    myWorkPackages {
      ...InboxPackage
    }
  }
`);

export const RespondDocument = graphql(`
  mutation RespondToWorkPackage($input: RespondToWorkPackageInput!) {
    respondToWorkPackage(input: $input) {
      ...InboxPackage
    }
  }
`);
