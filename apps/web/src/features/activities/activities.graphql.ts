import { graphql } from '../../gql';

/** The activities the person may see, for the dashboard by board area; the areas themselves for the association. One request each. */
export const ActivitiesDocument = graphql(`
  query Activities {
    activities {
      id
      title
      kind
      areaCode
      status
      overdueFollowUps
      latestFollowUp
      changedSinceApproval
      openDecisionId
      contact {
        id
        name
      }
      budgetTotal {
        minorUnits
        currency
      }
      milestones {
        dueDate
        followUpOverdue
      }
    }
  }
`);

export const BoardAreasDocument = graphql(`
  query BoardAreas {
    boardAreas {
      version
      areas {
        code
        nameNb
        nameEn
        holder {
          id
          name
        }
      }
    }
  }
`);

/** One activity: the plan, its approvals, the follow-up and the evaluation. One request. */
export const ActivityDocument = graphql(`
  query Activity($id: Int!) {
    activity(id: $id) {
      id
      title
      kind
      areaCode
      goals
      status
      approvedRevision
      changedSinceApproval
      openDecisionId
      overdueFollowUps
      projectLeader {
        id
        name
      }
      contact {
        id
        name
      }
      firms {
        memberId
        name
      }
      budget {
        source
        grantId
        note
        amount {
          minorUnits
          currency
        }
      }
      budgetTotal {
        minorUnits
        currency
      }
      milestones {
        title
        dueDate
        followUpOverdue
      }
      revisions {
        revision
        decisionId
        approvedAt
        budgetTotal {
          minorUnits
          currency
        }
      }
      links {
        kind
        targetId
      }
      statusReports {
        id
        status
        text
        date
      }
      evaluation {
        goalsMet
        goalsComment
        lessons
        evaluatedAt
        spent {
          minorUnits
          currency
        }
      }
      figures {
        ordersWonCount
        budget {
          minorUnits
          currency
        }
        grant {
          minorUnits
          currency
        }
        spent {
          minorUnits
          currency
        }
        variance {
          minorUnits
          currency
        }
        ordersWon {
          minorUnits
          currency
        }
        returnPerKroneSpent
        returnPerKroneGrant
      }
    }
  }
`);

/** The open decision on the plan, with the tally, for voting and closing. */
export const ActivityDecisionDocument = graphql(`
  query ActivityDecision($activityId: Int!) {
    steeringDecisions(filter: { kind: ACTIVITY_APPROVAL, activityId: $activityId }) {
      id
      status
      result
      question
      quorum
      voted
      yes
      no
      abstain
      committeeSize
      votes {
        userId
        vote
        voter {
          name
        }
      }
    }
  }
`);

export const OpenActivityApprovalDocument = graphql(`
  mutation OpenActivityApproval($activityId: Int!) {
    openSteeringDecision(input: { kind: ACTIVITY_APPROVAL, activityId: $activityId }) {
      id
    }
  }
`);

export const CastActivityVoteDocument = graphql(`
  mutation CastActivityVote($decisionId: Int!, $vote: Vote!) {
    castVote(decisionId: $decisionId, vote: $vote) {
      id
      voted
    }
  }
`);

export const CloseActivityDecisionDocument = graphql(`
  mutation CloseActivityDecision($decisionId: Int!) {
    closeSteeringDecision(decisionId: $decisionId) {
      id
      result
    }
  }
`);

export const RecordStatusReportDocument = graphql(`
  mutation RecordActivityStatusReport($input: ActivityStatusReportInput!) {
    recordActivityStatusReport(input: $input) {
      id
      overdueFollowUps
    }
  }
`);

export const CloseActivityDocument = graphql(`
  mutation CloseActivity($input: ActivityEvaluationInput!) {
    closeActivity(input: $input) {
      id
      status
    }
  }
`);

/** What a new plan chooses from: the board areas, the committee, the grants register, the member firms and who is signed in. */
export const PlanOptionsDocument = graphql(`
  query ActivityPlanOptions {
    me {
      id
      displayName
    }
    boardAreas {
      areas {
        code
        nameNb
        nameEn
        holder {
          id
        }
      }
    }
    steeringCommittee {
      userId
      displayName
    }
    grants {
      id
      source
      purpose
      amount {
        minorUnits
        currency
      }
    }
    members(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: ActivityPlanInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

/** The working plan's budget and milestones; after an approval the change waits for a new decision. */
export const UpdateActivityPlanDocument = graphql(`
  mutation UpdateActivityPlan($activityId: Int!, $input: ActivityPlanInput!) {
    updateActivityPlan(activityId: $activityId, input: $input) {
      id
      changedSinceApproval
      budgetTotal {
        minorUnits
        currency
      }
    }
  }
`);
