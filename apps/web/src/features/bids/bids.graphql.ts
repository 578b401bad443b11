import { graphql } from '../../gql';

/** The bid board: packages with firm, price, hours, status, deadline; the build-up and the compliance matrix. One request. */
export const BidBoardDocument = graphql(`
  query BidBoard($id: Int!) {
    bid(id: $id) {
      id
      title
      status
      currency
      version
      tender {
        id
        title
        buyerName
        deadline
      }
      workPackages {
        id
        title
        status
        hours
        windowStart
        windowEnd
        responseDeadline
        declineReason
        counterComment
        counterWindowStart
        counterWindowEnd
        version
        member {
          id
          name
        }
        price {
          minorUnits
          currency
        }
        counterPrice {
          minorUnits
          currency
        }
      }
      priceBuildUp {
        packagesTotal {
          minorUnits
          currency
        }
        coordinationFee {
          minorUnits
          currency
        }
        contingency {
          minorUnits
          currency
        }
        bidPrice {
          minorUnits
          currency
        }
        expectedRoyalty {
          minorUnits
          currency
        }
        royaltyRateBp
        unpricedPackages
      }
    }
    complianceMatrix(bidId: $id) {
      ready
      blockers {
        kind
        requirementId
        label
        acceptedHours
        requiredHours
        workPackageId
        status
      }
      rows {
        requirementId
        label
        capabilityCode
        description
        mandatory
        requiredHours
        acceptedHours
        plannedHours
        covered
        packages {
          workPackageId
          status
          hours
          member {
            id
            name
          }
        }
      }
    }
    ...CatalogueNames
  }
`);

export const OfferPackagesDocument = graphql(`
  mutation OfferWorkPackages($ids: [Int!]!) {
    offerWorkPackages(ids: $ids) {
      cautions {
        kind
        memberName
        capabilityCode
        freeHours
        hours
        windowStart
        windowEnd
      }
      workPackage {
        id
        status
        responseDeadline
      }
    }
  }
`);

export const AcceptCounterDocument = graphql(`
  mutation AcceptCounterOffer($id: Int!) {
    acceptCounterOffer(id: $id) {
      id
      status
    }
  }
`);

export const CandidatesDocument = graphql(`
  query ReassignmentCandidates($id: Int!) {
    reassignmentCandidates(workPackageId: $id) {
      memberId
      name
      uncoveredHours
    }
  }
`);

export const ReassignDocument = graphql(`
  mutation ReassignWorkPackage($id: Int!, $memberId: Int!, $price: MinorUnits) {
    reassignWorkPackage(id: $id, memberId: $memberId, price: $price) {
      id
      status
    }
  }
`);

export const SetPackagePriceDocument = graphql(`
  mutation SetPackagePrice($input: UpdateWorkPackageInput!) {
    updateWorkPackage(input: $input) {
      id
      version
    }
  }
`);

export const MarkReadyDocument = graphql(`
  mutation MarkBidReady($id: Int!) {
    markBidReady(bidId: $id) {
      id
      status
    }
  }
`);

/** Puts a READY bid to the steering committee for approval. */
export const AskForApprovalDocument = graphql(`
  mutation AskForApproval($bidId: Int!) {
    openSteeringDecision(input: { kind: BID_APPROVAL, bidId: $bidId }) {
      id
    }
  }
`);
