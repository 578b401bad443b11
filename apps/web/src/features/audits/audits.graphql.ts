import { graphql } from '../../gql';

/**
 * The programme screen: the needs per supplier, the suggested coordinations and the audits this
 * person may see (the supplier's own audits among them). One request.
 */
export const AuditProgrammeDocument = graphql(`
  query AuditProgramme($supplierId: Int!, $asSupplier: Boolean!) {
    auditProgramme {
      asOf
      horizonEnd
      windowDays
      needCount
      overdueCount
      supplierCount
      suggestionCount
      suggestions(first: 50) {
        supplier {
          id
          name
        }
        standards
        windowStart
        windowEnd
        suggestedDate
        auditsSaved
        suggestedLeadMemberId
        members {
          dueOn
          standards
          member {
            id
            name
          }
        }
      }
      suppliers(first: 50) {
        supplierMemberId
        supplier {
          name
        }
        needs {
          buyer {
            name
          }
          standard
          dueOn
          lastAuditedOn
          overdue
          sources
          scheduledAuditId
        }
      }
    }
    ofUs: audits(first: 50, filter: { supplierMemberId: $supplierId }) @include(if: $asSupplier) {
      totalCount
      nodes {
        ...AuditRow
      }
    }
    audits(first: 50) {
      totalCount
      nodes {
        ...AuditRow
      }
    }
  }
`);

/** An audit in a list (the cost of 50 of them stays well inside the API's limit). */
export const AuditRowFragment = graphql(`
  fragment AuditRow on Audit {
    id
    status
    standards
    plannedOn
    doneOn
    supplierMemberId
    supplierConfirmed
    supplier {
      name
    }
    leadMember {
      name
    }
  }
`);

/** The people of a member who can lead an audit. */
export const AuditorCandidatesDocument = graphql(`
  query AuditorCandidates($memberId: Int!) {
    auditorCandidates(memberId: $memberId) {
      userId
      displayName
    }
  }
`);

export const ProposeAuditDocument = graphql(`
  mutation ProposeAudit($input: ProposeAuditInput!) {
    proposeAudit(input: $input) {
      id
    }
  }
`);

/** One audit: what this person may see of it, its findings when they may. One request. */
export const AuditDocument = graphql(`
  query Audit($id: Int!) {
    audit(id: $id) {
      id
      status
      viewerAccess
      standards
      plannedOn
      doneOn
      reportedOn
      registeredOn
      supplierConfirmed
      supplierMemberId
      leadMemberId
      note
      summary
      cancelReason
      reportUrl
      reportUrlEn: reportUrl(language: EN)
      supplier {
        id
        name
      }
      leadMember {
        id
        name
      }
      leadAuditor {
        displayName
      }
      scope {
        standard
        clauses
      }
      participants {
        memberId
        status
        declineReason
        member {
          id
          name
        }
      }
      findings {
        id
        standard
        clause
        severity
        description
        correctiveAction
        dueOn
        status
        overdue
        evidence
        evidenceSubmittedAt
        closedOn
      }
    }
  }
`);

export const AcceptRelianceDocument = graphql(`
  mutation AcceptAuditReliance($auditId: Int!) {
    acceptAuditReliance(auditId: $auditId) {
      id
      participants {
        memberId
        status
      }
    }
  }
`);

export const DeclineRelianceDocument = graphql(`
  mutation DeclineAuditReliance($input: DeclineAuditRelianceInput!) {
    declineAuditReliance(input: $input) {
      id
      participants {
        memberId
        status
        declineReason
      }
    }
  }
`);

export const ConfirmAuditDateDocument = graphql(`
  mutation ConfirmAuditDate($auditId: Int!) {
    confirmAuditDate(auditId: $auditId) {
      id
      supplierConfirmed
    }
  }
`);

export const MarkAuditDoneDocument = graphql(`
  mutation MarkAuditDone($input: MarkAuditDoneInput!) {
    markAuditDone(input: $input) {
      id
      status
      doneOn
    }
  }
`);

export const RecordFindingDocument = graphql(`
  mutation RecordAuditFinding($input: RecordAuditFindingInput!) {
    recordAuditFinding(input: $input) {
      id
    }
  }
`);

export const ReportAuditDocument = graphql(`
  mutation ReportAudit($input: ReportAuditInput!) {
    reportAudit(input: $input) {
      id
      status
      reportedOn
      registeredOn
    }
  }
`);

export const RespondToFindingDocument = graphql(`
  mutation RespondToAuditFinding($input: RespondToAuditFindingInput!) {
    respondToAuditFinding(input: $input) {
      id
      correctiveAction
      evidence
      evidenceSubmittedAt
    }
  }
`);

export const CloseFindingDocument = graphql(`
  mutation CloseAuditFinding($input: CloseAuditFindingInput!) {
    closeAuditFinding(input: $input) {
      id
      status
      closedOn
      evidence
    }
  }
`);
