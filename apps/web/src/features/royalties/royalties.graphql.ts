import { graphql } from '../../gql';

export const StatementRowFragment = graphql(`
  fragment StatementRow on RoyaltyStatement {
    id
    periodLabel
    periodStart
    periodEnd
    status
    lineCount
    issuedAt
    paidAt
    member {
      id
      name
    }
    total {
      minorUnits
      currency
    }
  }
`);

/** The association's royalty screen: agreements, a period's statements, what all firms owe. One request. */
export const RoyaltiesDocument = graphql(`
  query Royalties($filter: RoyaltyStatementFilter) {
    royaltyAgreement {
      default {
        id
        rateBp
        basis
        amountKind
        validFrom
      }
      all {
        id
        scope
        orderId
        validFrom
        rateBp
        basis
        amountKind
        note
        member {
          id
          name
        }
        minimumOrderValue {
          minorUnits
          currency
        }
      }
    }
    royaltyStatements(filter: $filter) {
      ...StatementRow
    }
    royaltyTotalOwed {
      minorUnits
      currency
    }
  }
`);

/** The ledger and its firms (for the filter). One request; the check is asked for on a click. */
export const LedgerDocument = graphql(`
  query RoyaltyLedger($filter: RoyaltyLedgerFilter) {
    royaltyLedger(filter: $filter) {
      id
      kind
      date
      statementId
      period
      note
      member {
        id
        name
      }
      amount {
        minorUnits
        currency
      }
    }
  }
`);

export const LedgerCheckDocument = graphql(`
  query RoyaltyLedgerCheck {
    royaltyLedgerCheck {
      ok
      problems
      statementsChecked
      ledgerEntries
    }
  }
`);

/** A firm's own statements, its balance and its ledger entries. One request. */
export const OurRoyaltiesDocument = graphql(`
  query OurRoyalties($firmId: Int!) {
    royaltyStatements {
      ...StatementRow
    }
    royaltyBalance(firmId: $firmId) {
      minorUnits
      currency
    }
    royaltyLedger {
      id
      kind
      date
      statementId
      note
      amount {
        minorUnits
        currency
      }
    }
  }
`);

/** One statement with its lines (a page of 500). */
export const StatementDocument = graphql(`
  query RoyaltyStatement($id: Int!) {
    royaltyStatement(id: $id) {
      ...StatementRow
      lines(first: 500) {
        id
        eventDate
        sourceType
        sourceId
        orderId
        orderLineId
        rateBp
        adjustment
        note
        sourceAmount {
          minorUnits
          currency
        }
        base {
          minorUnits
          currency
        }
        royalty {
          minorUnits
          currency
        }
      }
    }
  }
`);

export const FirmsDocument = graphql(`
  query RoyaltyFirms {
    members(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

export const RunRoyaltiesDocument = graphql(`
  mutation RunRoyalties($period: String!) {
    runRoyaltyStatements(period: $period) {
      period
      statements
      lines
      adjustments
      skippedIssued
      total {
        minorUnits
        currency
      }
    }
  }
`);

export const IssueStatementDocument = graphql(`
  mutation IssueStatement($id: Int!) {
    issueRoyaltyStatement(id: $id) {
      ...StatementRow
    }
  }
`);

export const MarkPaidDocument = graphql(`
  mutation MarkStatementPaid($id: Int!, $paidOn: LocalDate, $idempotencyKey: String) {
    markRoyaltyStatementPaid(id: $id, paidOn: $paidOn, idempotencyKey: $idempotencyKey) {
      ...StatementRow
    }
  }
`);

export const SetAgreementDocument = graphql(`
  mutation SetRoyaltyAgreement($input: SetRoyaltyAgreementInput!) {
    setRoyaltyAgreement(input: $input) {
      id
    }
  }
`);

export const RoyaltyExportDocument = graphql(`
  query RoyaltyExport($kind: String!, $period: String) {
    royaltyExport(kind: $kind, period: $period)
  }
`);
