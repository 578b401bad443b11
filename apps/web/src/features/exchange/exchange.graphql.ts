import { graphql } from '../../gql';

/**
 * Every document the capacity exchange's screens send. Postings never carry a rate; an
 * agreement's cost rate is asked for nowhere (the API shows it only to the lender and the
 * association, and the screens have no use for it).
 */
export const PostingRowFragment = graphql(`
  fragment PostingRow on ExchangePosting {
    id
    kind
    memberId
    member {
      id
      name
    }
    capabilityCode
    capability {
      code
      nameNb
      nameEn
    }
    resource
    hours
    hoursAgreed
    hoursOpen
    windowStart
    windowEnd
    state
    note
    certificates {
      label
    }
  }
`);

export const MatchRowFragment = graphql(`
  fragment MatchRow on ExchangeMatch {
    rank
    source
    memberId
    member {
      id
      name
    }
    postingId
    availableHours
    coveredHours
    coversFully
    certificates
    overlapStart
    overlapEnd
  }
`);

/** The board (the newest `first`, 50 to 500) and the capability catalogue for its filter and the posting form. One request. */
export const ExchangeBoardDocument = graphql(`
  query ExchangeBoard($filter: ExchangeBoardFilter, $first: Int! = 50) {
    exchangeBoard(first: $first, filter: $filter) {
      totalCount
      nodes {
        ...PostingRow
      }
    }
    ...CatalogueNames
  }
`);

/** A firm's own postings in every state, and its agreements. */
export const OurExchangeDocument = graphql(`
  query OurExchange {
    exchangePostingsOfFirm {
      ...PostingRow
    }
    loanAgreements {
      ...AgreementRow
    }
  }
`);

export const AgreementRowFragment = graphql(`
  fragment AgreementRow on LoanAgreement {
    id
    status
    lenderId
    borrowerId
    lender {
      id
      name
    }
    borrower {
      id
      name
    }
    capabilityCode
    hours
    periodStart
    periodEnd
    pricePerHour {
      minorUnits
      currency
    }
    agreedAmount {
      minorUnits
      currency
    }
    lenderConfirmedAt
    borrowerConfirmedAt
  }
`);

/** Every agreement the association sees. */
export const AllAgreementsDocument = graphql(`
  query AllAgreements {
    loanAgreements {
      ...AgreementRow
    }
  }
`);

export const ExchangeMatchesDocument = graphql(`
  query ExchangeMatches($needId: Int!) {
    exchangeMatches(needId: $needId, first: 10) {
      ...MatchRow
    }
  }
`);

/** The project leader's view: every open need with its best matches. */
export const ExchangeNeedsDocument = graphql(`
  query ExchangeNeeds($capabilityCode: String) {
    exchangeNeeds(first: 20, capabilityCode: $capabilityCode) {
      totalCount
      nodes {
        ...PostingRow
        matches {
          ...MatchRow
        }
      }
    }
  }
`);

export const PostExchangeOfferDocument = graphql(`
  mutation PostExchangeOffer($input: PostExchangeOfferInput!) {
    postExchangeOffer(input: $input) {
      ...PostingRow
    }
  }
`);

export const PostExchangeNeedDocument = graphql(`
  mutation PostExchangeNeed($input: PostExchangeNeedInput!) {
    postExchangeNeed(input: $input) {
      ...PostingRow
    }
  }
`);

export const WithdrawExchangePostingDocument = graphql(`
  mutation WithdrawExchangePosting($id: Int!, $reason: String) {
    withdrawExchangePosting(id: $id, reason: $reason) {
      ...PostingRow
    }
  }
`);

export const ProposeLoanAgreementDocument = graphql(`
  mutation ProposeLoanAgreement($input: ProposeLoanAgreementInput!) {
    proposeLoanAgreement(input: $input) {
      id
      status
    }
  }
`);

/** One agreement: the two firms, the terms copied from the common terms, the hours per month. */
export const LoanAgreementDocument = graphql(`
  query LoanAgreement($id: Int!) {
    loanAgreement(id: $id) {
      ...AgreementRow
      capability {
        code
        nameNb
        nameEn
      }
      resource
      offerId
      needId
      note
      reason
      termsVersion
      termsValidFrom
      boardDecision
      pricingBasis
      markupBp
      nonSolicitationMonths
      nonSolicitationUntil
      serviceFeeBp
      serviceFeePaidBy
      proposedAt
      confirmedAt
      closedAt
      pdfUrl
      hoursReports {
        id
        month
        hours
        status
        rejectReason
        amount {
          minorUnits
          currency
        }
        serviceFee {
          minorUnits
          currency
        }
      }
    }
  }
`);

export const ConfirmLoanAgreementDocument = graphql(`
  mutation ConfirmLoanAgreement($id: Int!) {
    confirmLoanAgreement(id: $id) {
      id
      status
      lenderConfirmedAt
      borrowerConfirmedAt
    }
  }
`);

export const DeclineLoanAgreementDocument = graphql(`
  mutation DeclineLoanAgreement($id: Int!, $reason: String!) {
    declineLoanAgreement(id: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`);

export const ReportLoanHoursDocument = graphql(`
  mutation ReportLoanHours($input: ReportLoanHoursInput!) {
    reportLoanHours(input: $input) {
      id
      month
      hours
      status
    }
  }
`);

export const ConfirmLoanHoursDocument = graphql(`
  mutation ConfirmLoanHours($id: Int!) {
    confirmLoanHours(id: $id) {
      id
      status
    }
  }
`);

export const RejectLoanHoursDocument = graphql(`
  mutation RejectLoanHours($id: Int!, $reason: String!) {
    rejectLoanHours(id: $id, reason: $reason) {
      id
      status
      rejectReason
    }
  }
`);

/** A period's settlement: lines, what each firm owes the others after netting, the fees. */
export const ExchangeSettlementDocument = graphql(`
  query ExchangeSettlement($period: String!) {
    exchangeSettlement(period: $period) {
      period
      firstDay
      lastDay
      totalAmount {
        minorUnits
        currency
      }
      totalFees {
        minorUnits
        currency
      }
      lines {
        agreementId
        month
        capabilityCode
        hours
        lender {
          name
        }
        borrower {
          name
        }
        pricePerHour {
          minorUnits
          currency
        }
        amount {
          minorUnits
          currency
        }
        serviceFee {
          minorUnits
          currency
        }
      }
      balances {
        debtor {
          name
        }
        creditor {
          name
        }
        amount {
          minorUnits
          currency
        }
      }
      fees {
        member {
          name
        }
        amount {
          minorUnits
          currency
        }
      }
    }
  }
`);

export const ExchangeSettlementExportDocument = graphql(`
  query ExchangeSettlementExport($period: String!, $format: CsvFormat!) {
    exchangeSettlementExport(period: $period, format: $format)
  }
`);
