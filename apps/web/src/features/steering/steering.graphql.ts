import { graphql } from '../../gql';

export const DecisionFragment = graphql(`
  fragment DecisionCard on SteeringDecision {
    id
    kind
    question
    status
    result
    tieBrokenByChair
    committeeSize
    chairUserId
    quorum
    voted
    yes
    no
    abstain
    openedAt
    closedAt
    members {
      id
      name
    }
    votes {
      userId
      vote
      comment
      at
    }
    tender {
      id
      title
      buyerName
      market
      stage
      deadline
      estimatedValue {
        minorUnits
        currency
      }
      weightedValue {
        minorUnits
        currency
      }
    }
    bid {
      id
      title
      status
    }
    bidPrice {
      minorUnits
      currency
    }
  }
`);

/** Vedtak: every decision with what it concerns, who voted what and the tally. One request. */
export const DecisionsDocument = graphql(`
  query Decisions {
    steeringDecisions {
      ...DecisionCard
    }
  }
`);

export const CastVoteDocument = graphql(`
  mutation CastVote($decisionId: Int!, $vote: Vote!, $comment: String) {
    castVote(decisionId: $decisionId, vote: $vote, comment: $comment) {
      ...DecisionCard
    }
  }
`);

export const CloseDecisionDocument = graphql(`
  mutation CloseDecision($decisionId: Int!) {
    closeSteeringDecision(decisionId: $decisionId) {
      ...DecisionCard
    }
  }
`);
